using HccMesh.Cli.Commands;
using HccMesh.Modeling.Artifacts;
using HccMesh.Modeling.Cohorts;
using HccMesh.Modeling.Development;

namespace HccMesh.Pipeline.Tests.TrainVsR;

/// <summary>
/// The C# side of the comparison: the library calls of <c>TrainCommand.Run</c> (services/Cli/Commands/TrainCommand.cs)
/// made in the same order with the same settings (--clinical BMI,MVI,PV,ALB, 10 folds, seed 1, lambda.min), kept in
/// memory so that every number can be compared at full precision. <see cref="TrainCommandAgainstRTests"/> checks that
/// the command itself writes exactly these predictions. Computed once per test run.
/// </summary>
internal sealed class TrainVsRRun
{
    public const string Clinical = "BMI,MVI,PV,ALB";

    private static readonly Lazy<TrainVsRRun> LazyInstance = new(() => new TrainVsRRun());

    private TrainVsRRun()
    {
        var request = Request(Path.GetTempPath());
        var trainingTable = CohortCsvReader.Read(request.TrainingPath, request.IdColumn);
        var clinicalMap = ClinicalColumnMap.Parse(request.Clinical);
        var clinicalColumns = ClinicalColumnMap.Resolve(clinicalMap, trainingTable.Columns, Path.GetFileName(trainingTable.Source));
        var selection = new CohortSelection
        {
            OutcomeColumn = request.Outcome,
            ClinicalColumns = clinicalColumns,
            BinaryColumns = clinicalColumns.Where((_, i) => clinicalMap[i].Variable.Kind == ClinicalVariableKind.Binary).ToArray(),
            FeaturePatterns = request.FeaturePatterns,
        };
        Training = CohortSelector.Select(trainingTable, selection);
        var spec = new DevelopmentSpec
        {
            ModelId = request.ModelId,
            ModelVersion = request.ModelVersion,
            Settings = new SettingsReference { FileName = "paper-hcc.yaml" }, // recorded in the artifact only; changes no number
            Folds = request.Folds,
            Seed = request.Seed,
            LambdaRule = request.LambdaRule,
        };
        Model = ModelDevelopment.Run(Training, spec, clinicalMap.Select(m => m.Variable).ToArray());

        var validationTable = CohortCsvReader.Read(request.ValidationPath!, request.IdColumn);
        Validation = CohortSelector.Select(validationTable, selection with
        {
            ClinicalColumns = ClinicalColumnMap.Resolve(clinicalMap, validationTable.Columns, Path.GetFileName(validationTable.Source)),
            FeaturePatterns = [],
            FeatureColumns = Model.RadscoreTerms.Select(t => t.Column).ToArray(),
            ConstantFeatures = ConstantFeaturePolicy.Keep,
            ImputationValues = Training.ObservedMedians,
        });

        TrainingScores = Model.Score(Training, "training");
        var ownCutoffs = PerformanceEvaluator.Evaluate(TrainingScores);
        Cutoffs = ownCutoffs.Models.ToDictionary(m => m.Model, m => (m.Classification!.Cutoff, "Youden cutoff of the training cohort"));
        TrainingPerformance = PerformanceEvaluator.Evaluate(TrainingScores, Cutoffs);
        ValidationScores = Model.Score(Validation, "validation");
        ValidationPerformance = PerformanceEvaluator.Evaluate(ValidationScores, Cutoffs);
    }

    public static TrainVsRRun Instance => LazyInstance.Value;

    public CohortData Training { get; }

    public CohortData Validation { get; }

    public DevelopedModel Model { get; }

    public CohortScores TrainingScores { get; }

    public CohortScores ValidationScores { get; }

    public Dictionary<string, (double Cutoff, string Source)> Cutoffs { get; }

    public CohortPerformance TrainingPerformance { get; }

    public CohortPerformance ValidationPerformance { get; }

    public CohortScores Scores(string cohort) => cohort == "training" ? TrainingScores : ValidationScores;

    public CohortPerformance Performance(string cohort) => cohort == "training" ? TrainingPerformance : ValidationPerformance;

    /// <summary>The command line the fixture stands for: hccmesh train --training … --validation … --outcome ehm --clinical BMI,MVI,PV,ALB.</summary>
    public static TrainRequest Request(string output) => new()
    {
        TrainingPath = TrainVsRFixture.TrainingPath,
        ValidationPath = TrainVsRFixture.ValidationPath,
        OutputDirectory = output,
        Outcome = "ehm",
        Clinical = Clinical,
        Folds = 10,
        Seed = 1,
    };
}
