namespace HccMesh.Reporting.Figures;

/// <summary>One predictor row of a nomogram: tick values and the points each is worth (e.g. from
/// <c>NomogramScale.AxisPoints</c>); a binary or categorical variable names its ticks with
/// <paramref name="TickLabels"/> ("absent", "present") instead of printing the values.</summary>
public sealed record NomogramAxis(string Label, IReadOnlyList<double> Values, IReadOnlyList<double> Points, IReadOnlyList<string>? TickLabels = null);
