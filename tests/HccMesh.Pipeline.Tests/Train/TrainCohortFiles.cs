using HccMesh.Cli.Bench;

namespace HccMesh.Pipeline.Tests.Train;

/// <summary>
/// Small synthetic cohorts for <c>hccmesh train</c> (<see cref="SyntheticCohort"/>: id, ehm, BMI, MVI, PV, ALB and
/// portal_* feature columns) in a temporary folder, with helpers to damage them cell by cell.
/// </summary>
internal sealed class TrainCohortFiles : IDisposable
{
    public const int FeaturesPerPhase = 30;

    /// <summary>5 folds of 24 patients: each holds events with near certainty (10 folds of 12 would often hold none).</summary>
    public const string Folds = "5";

    public TrainCohortFiles(int trainingPatients = 120, int validationPatients = 60, double eventRate = 0.3)
    {
        Folder = Directory.CreateTempSubdirectory("hccmesh-train-").FullName;
        Training = Write("training.csv", trainingPatients, 11, eventRate, "T");
        Validation = Write("validation.csv", validationPatients, 12, eventRate, "V");
    }

    public string Folder { get; }

    public string Training { get; }

    public string Validation { get; }

    public string Out => P("out");

    public string P(string name) => Path.Combine(Folder, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // a test that made a folder read-only restores it; anything left is in the temp folder anyway
        }
    }

    /// <summary>The arguments of a train run on the two cohorts into <paramref name="output"/> (default <see cref="Out"/>).</summary>
    public string[] Args(string? output = null, params string[] more) =>
    [
        "--training", Training, "--validation", Validation, "--outcome", "ehm", "--clinical", "BMI,MVI,PV,ALB",
        "--out", output ?? Out, "--folds", Folds, .. more,
    ];

    private string Write(string name, int patients, int seed, double eventRate, string idPrefix)
    {
        var path = P(name);
        using var writer = new StreamWriter(path);
        SyntheticCohort.Write(writer, patients, seed, eventRate, phases: ["portal"], featuresPerPhase: FeaturesPerPhase, idPrefix: idPrefix);
        return path;
    }
}
