using Xunit;

namespace HccMesh.TestData;

/// <summary>
/// A fact that needs ../shared/testdata. Outside CI it is skipped with a loud reason when the
/// folder is missing; under CI=true it runs and fails, so a missing data folder is never silent.
/// </summary>
public sealed class TestDataFactAttribute : FactAttribute
{
    public TestDataFactAttribute()
    {
        if (!TestDataLocation.Available && !TestDataLocation.RunningInCi)
        {
            Skip = $"SKIPPED: test data not found at '{TestDataLocation.Root}' (set {TestDataLocation.EnvironmentVariable}).";
        }
    }
}

/// <summary>Theory counterpart of <see cref="TestDataFactAttribute"/>.</summary>
public sealed class TestDataTheoryAttribute : TheoryAttribute
{
    public TestDataTheoryAttribute()
    {
        if (!TestDataLocation.Available && !TestDataLocation.RunningInCi)
        {
            Skip = $"SKIPPED: test data not found at '{TestDataLocation.Root}' (set {TestDataLocation.EnvironmentVariable}).";
        }
    }
}
