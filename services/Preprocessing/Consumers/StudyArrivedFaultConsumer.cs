using HccMesh.Contracts;
using HccMesh.Contracts.V1;
using HccMesh.ServiceDefaults.Failures;
using Microsoft.Extensions.Logging;

namespace HccMesh.Preprocessing.Consumers;

public sealed class StudyArrivedFaultConsumer(ILogger<StudyArrivedFaultConsumer> logger) : FaultToStudyFailedConsumer<StudyArrived>(logger)
{
    protected override string Stage => Stages.Preprocessing;
}
