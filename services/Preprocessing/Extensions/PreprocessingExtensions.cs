using HccMesh.Preprocessing.Consumers;
using MassTransit;

namespace HccMesh.Preprocessing.Extensions;

public static class PreprocessingExtensions
{
    public static void AddPreprocessingConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<StudyArrivedConsumer, StudyArrivedConsumerDefinition>();
        bus.AddConsumer<StudyArrivedFaultConsumer>();
    }
}
