using System.Buffers.Binary;
using System.Xml.Linq;

namespace HccMesh.Reporting.Tests.Figures;

/// <summary>Checks shared by the figure tests: the SVG parses as XML and is self-contained, the PNG decodes to the
/// stated size.</summary>
internal static class FigureAssert
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Parses the SVG with System.Xml and returns the content of its text elements.</summary>
    public static IReadOnlyList<string> WellFormedSvg(string svg)
    {
        var document = XDocument.Parse(svg);
        Assert.NotNull(document.Root);
        Assert.Equal(Svg + "svg", document.Root.Name);
        return document.Descendants(Svg + "text").Select(t => t.Value.Trim()).ToList();
    }

    /// <summary>No element or attribute reaches outside the document: no images, scripts, foreign objects or
    /// style sheets; every url(…) and href points at an id inside the SVG.</summary>
    public static void SelfContained(string svg)
    {
        var document = XDocument.Parse(svg);
        var ids = document.Descendants().Select(e => (string?)e.Attribute("id")).Where(id => id is not null).ToHashSet();
        foreach (var element in document.Descendants())
        {
            Assert.DoesNotContain(element.Name.LocalName, new[] { "image", "script", "foreignObject", "style", "use" });
            foreach (var attribute in element.Attributes().Where(a => !a.IsNamespaceDeclaration))
            {
                if (attribute.Name == XLink + "href" || attribute.Name.LocalName == "href")
                {
                    Assert.StartsWith("#", attribute.Value);
                    Assert.Contains(attribute.Value[1..], ids);
                }

                var value = attribute.Value;
                for (var at = value.IndexOf("url(", StringComparison.Ordinal); at >= 0; at = value.IndexOf("url(", at + 4, StringComparison.Ordinal))
                {
                    var end = value.IndexOf(')', at);
                    var target = value[(at + 4)..end];
                    Assert.StartsWith("#", target);
                    Assert.Contains(target[1..], ids);
                }
            }
        }
    }

    /// <summary>Every id in the SVG starts with the figure's name, so several figures can share one HTML page.</summary>
    public static void IdsArePrefixedWith(string svg, string name)
    {
        var document = XDocument.Parse(svg);
        foreach (var id in document.Descendants().Select(e => (string?)e.Attribute("id")).Where(id => id is not null))
        {
            Assert.StartsWith(name + "-", id);
        }
    }

    public static void ContainsText(IReadOnlyList<string> texts, string expected) =>
        Assert.True(texts.Any(t => t == expected), $"No SVG text element reads '{expected}'. Texts: {string.Join(" | ", texts.Take(40))}");

    /// <summary>Checks the PNG signature and that the first chunk is IHDR with the expected width and height.</summary>
    public static void PngOfSize(byte[] png, int width, int height)
    {
        Assert.True(png.Length > 33, "PNG too short for a header.");
        Assert.Equal(PngSignature, png[..8]);
        Assert.Equal(13u, BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(8, 4)));
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal(width, (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(height, (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(20, 4)));
        Assert.Equal("IEND", System.Text.Encoding.ASCII.GetString(png, png.Length - 8, 4));
    }
}
