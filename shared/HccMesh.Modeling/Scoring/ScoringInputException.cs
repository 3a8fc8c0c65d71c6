namespace HccMesh.Modeling.Scoring;

/// <summary>Scoring input that is missing or implausible. <see cref="Field"/> names it (clinical variable or feature key).</summary>
public class ScoringInputException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
