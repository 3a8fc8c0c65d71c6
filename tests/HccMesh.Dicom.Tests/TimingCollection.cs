namespace HccMesh.Dicom.Tests;

/// <summary>Tests that print or bound wall-clock time run alone, not beside other test classes.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "Timing";
}
