using HccMesh.Reporting.Figures;

namespace HccMesh.Reporting.Tests.Figures;

internal sealed record NomogramInputs(
    IReadOnlyList<NomogramAxis> Variables, IReadOnlyList<double> TotalPointsTicks, IReadOnlyList<double> RiskTicks, IReadOnlyList<double> RiskTotalPoints);
