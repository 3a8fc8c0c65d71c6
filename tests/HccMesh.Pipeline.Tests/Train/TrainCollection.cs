namespace HccMesh.Pipeline.Tests.Train;

/// <summary>The train tests share one baseline run and run one after another (console capture is process-wide anyway).</summary>
[CollectionDefinition(Name)]
public sealed class TrainCollection : ICollectionFixture<TrainBaseline>
{
    public const string Name = "hccmesh train";
}
