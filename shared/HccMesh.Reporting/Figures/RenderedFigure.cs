namespace HccMesh.Reporting.Figures;

/// <summary>One rendered figure: <paramref name="Name"/> is the file stem ("roc-training"), <paramref name="Svg"/> a
/// self-contained SVG document (no XML declaration, no external references, ids prefixed by the name so several
/// figures can be inlined in one HTML page), <paramref name="Png"/> the same figure rasterised by Skia.</summary>
public sealed record RenderedFigure(string Name, string Svg, byte[] Png, int Width, int Height);
