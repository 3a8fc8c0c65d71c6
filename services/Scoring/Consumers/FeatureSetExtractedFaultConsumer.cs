using HccMesh.Contracts.V1;
using HccMesh.ServiceDefaults.Failures;
using Microsoft.Extensions.Logging;

namespace HccMesh.Scoring.Consumers;

public sealed class FeatureSetExtractedFaultConsumer(ILogger<FeatureSetExtractedFaultConsumer> logger) : FaultToStudyFailedConsumer<FeatureSetExtracted>(logger)
{
    protected override string Stage => HccMesh.Contracts.Stages.Scoring;
}
