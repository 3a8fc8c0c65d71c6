using HccMesh.Contracts;
using HccMesh.Contracts.V1;
using HccMesh.ServiceDefaults.Failures;
using Microsoft.Extensions.Logging;

namespace HccMesh.Ingestion.Consumers;

public sealed class SubmitCaseFaultConsumer(ILogger<SubmitCaseFaultConsumer> logger) : FaultToStudyFailedConsumer<SubmitCase>(logger)
{
    protected override string Stage => Stages.Ingestion;
}
