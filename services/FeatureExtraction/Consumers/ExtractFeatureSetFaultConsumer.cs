using HccMesh.Contracts;
using HccMesh.Contracts.V1;
using HccMesh.ServiceDefaults.Failures;
using Microsoft.Extensions.Logging;

namespace HccMesh.FeatureExtraction.Consumers;

public sealed class ExtractFeatureSetFaultConsumer(ILogger<ExtractFeatureSetFaultConsumer> logger) : FaultToStudyFailedConsumer<ExtractFeatureSet>(logger)
{
    protected override string Stage => Stages.FeatureExtraction;
}
