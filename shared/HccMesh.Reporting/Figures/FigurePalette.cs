using ScottPlot;

namespace HccMesh.Reporting.Figures;

/// <summary>
/// Okabe &amp; Ito's colour-blind-safe palette (Okabe M, Ito K. Color Universal Design, 2008), ordered so the first
/// colours are the most distinct on white; its yellow is left out because thin yellow lines vanish on white. Series
/// beyond the seven colours reuse them with a different dash pattern so every series stays distinguishable.
/// </summary>
internal static class FigurePalette
{
    private static readonly Color[] Colours =
    [
        Color.FromHex("#0072B2"), // blue
        Color.FromHex("#D55E00"), // vermillion
        Color.FromHex("#009E73"), // bluish green
        Color.FromHex("#CC79A7"), // reddish purple
        Color.FromHex("#E69F00"), // orange
        Color.FromHex("#56B4E9"), // sky blue
        Color.FromHex("#000000"), // black
    ];

    private static readonly LinePattern[] Patterns = [LinePattern.Solid, LinePattern.Dashed, LinePattern.Dotted, LinePattern.DenselyDashed];

    public static Color Vermillion { get; } = Color.FromHex("#D55E00");

    public static Color Reference { get; } = Color.FromHex("#7F7F7F");

    public static Color ErrorBar { get; } = Color.FromHex("#9A9A9A");

    public static Color Series(int index) => Colours[index % Colours.Length];

    public static LinePattern Pattern(int index) => Patterns[(index / Colours.Length) % Patterns.Length];
}
