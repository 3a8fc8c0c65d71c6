using HccMesh.Contracts;
using HccMesh.Contracts.V1;
using HccMesh.ServiceDefaults.Failures;
using Microsoft.Extensions.Logging;

namespace HccMesh.Reporting.Service.Consumers;

public sealed class RiskAssessedFaultConsumer(ILogger<RiskAssessedFaultConsumer> logger) : FaultToStudyFailedConsumer<RiskAssessed>(logger)
{
    protected override string Stage => Stages.Reporting;
}
