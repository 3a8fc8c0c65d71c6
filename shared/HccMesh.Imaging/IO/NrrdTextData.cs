using System.Globalization;
using System.Text;

namespace HccMesh.Imaging.IO;

/// <summary>The 'text' NRRD encoding: whitespace-separated numbers.</summary>
internal static class NrrdTextData
{
    public static void Read(Stream source, double[] voxels, string file)
    {
        using var reader = new StreamReader(source, Encoding.ASCII, false, 1 << 16, leaveOpen: true);
        var token = new StringBuilder(32);
        long n = 0;
        int c;
        while (n < voxels.LongLength && (c = reader.Read()) >= 0)
        {
            if (char.IsWhiteSpace((char)c) || c == ',')
            {
                if (token.Length > 0)
                {
                    voxels[n++] = Parse(token, file);
                    token.Clear();
                }
            }
            else
            {
                token.Append((char)c);
            }
        }

        if (n < voxels.LongLength && token.Length > 0)
        {
            voxels[n++] = Parse(token, file);
        }

        if (n < voxels.LongLength)
        {
            throw new ImageFormatException(file, $"NRRD text data holds {n} values, the header needs {voxels.LongLength}.");
        }
    }

    private static double Parse(StringBuilder token, string file)
    {
        string s = token.ToString();
        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double v)
            ? v
            : throw new ImageFormatException(file, $"NRRD text data has a non-numeric value '{s}'.");
    }
}
