using System.CommandLine;
using HccMesh.Modeling.Artifacts;
using HccMesh.Modeling.Development;
using HccMesh.Modeling.Statistics.Reliability;

namespace HccMesh.Cli.Commands;

/// <summary>The options of <c>hccmesh train</c>.</summary>
public sealed class TrainOptions
{
    private readonly Option<string> training = new("--training") { Description = "Training cohort CSV: one row per patient (id, outcome, clinical columns, PyRadiomics feature columns, optionally phase-prefixed).", Required = true };
    private readonly Option<string?> validation = new("--validation") { Description = "Validation cohort CSV with the same columns (the radscore features and clinical variables at least)." };
    private readonly Option<string> output = new("--out") { Description = "Output folder: model/, tables/, figures/, report.html, predictions-*.csv.", Required = true };
    private readonly Option<string> idColumn = new("--id-column") { Description = "Column with the patient/study id.", DefaultValueFactory = _ => "id" };
    private readonly Option<string> outcome = new("--outcome") { Description = "Outcome column (0/1).", Required = true };
    private readonly Option<string?> clinical = new("--clinical") { Description = "Clinical variables, comma-separated, among BMI, MVI, PV, ALB; NAME=column reads one from another column. MVI/PV are 0/1 (1 = present), ALB g/L, BMI kg/m2. Default: none, and then the combined model is the radscore alone." };
    private readonly Option<string[]> features = new("--features") { Description = "Feature column globs (repeatable or comma-separated), e.g. 'portal_*' or '*_glcm_*' (default: every PyRadiomics feature column).", AllowMultipleArgumentsPerToken = true };
    private readonly Option<int> folds = new("--folds") { Description = "Cross-validation folds (drawn with --seed as R's cv.glmnet draws them).", DefaultValueFactory = _ => 10 };
    private readonly Option<string?> foldColumn = new("--fold-column") { Description = "Column of fold ids 1..K instead of drawing folds." };
    private readonly Option<int> seed = new("--seed") { Description = "Seed of R's Mersenne-Twister: the folds of set.seed(seed); cv.glmnet(...).", DefaultValueFactory = _ => 1 };
    private readonly Option<string> lambda = new("--lambda") { Description = "Radscore at lambda 'min' or '1se'.", DefaultValueFactory = _ => "min" };
    private readonly Option<string> scale = new("--radscore-scale") { Description = "'raw' (glmnet's coefficients) or 'standardized' (z-score coefficients with the training means and SDs).", DefaultValueFactory = _ => FeatureScale.Raw };
    private readonly Option<string?> repeat = new("--repeat") { Description = "Repeat segmentation CSV (same ids, same feature columns) for the ICC > 0.75 filter." };
    private readonly Option<string> iccForm = new("--icc-form") { Description = "ICC form of the filter: icc2 (two-way random, absolute agreement) or icc3 (two-way mixed, consistency).", DefaultValueFactory = _ => "icc2" };
    private readonly Option<string> impute = new("--impute") { Description = "'none' (refuse missing values) or 'median' (impute with the training median, reported).", DefaultValueFactory = _ => "none" };
    private readonly Option<bool> dropConstant = new("--drop-constant") { Description = "Drop constant feature columns (reported) instead of refusing them." };
    private readonly Option<string> modelId = new("--model-id") { Description = "Id of the artifact written.", DefaultValueFactory = _ => "hcc-ehm-site" };
    private readonly Option<string> modelVersion = new("--model-version") { Description = "Version of the artifact written.", DefaultValueFactory = _ => "1.0.0" };
    private readonly Option<string> phase = new("--default-phase") { Description = "Phase of feature columns without a phase prefix.", DefaultValueFactory = _ => Phases.Portal };
    private readonly Option<string?> settings = new("--settings") { Description = "Parameter file the features were extracted with (default: the bundled paper-hcc.yaml); its SHA-256 goes into the artifact." };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { training, validation, output, idColumn, outcome, clinical, features, folds, foldColumn, seed, lambda, scale, repeat, iccForm, impute, dropConstant, modelId, modelVersion, phase, settings })
        {
            command.Options.Add(option);
        }
    }

    public TrainRequest Read(ParseResult parse) => new()
    {
        TrainingPath = parse.GetValue(training)!,
        ValidationPath = parse.GetValue(validation),
        OutputDirectory = Path.GetFullPath(parse.GetValue(output)!),
        IdColumn = parse.GetValue(idColumn)!,
        Outcome = parse.GetValue(outcome)!,
        Clinical = parse.GetValue(clinical),
        FeaturePatterns = Patterns(parse.GetValue(features)),
        Folds = parse.GetValue(folds) >= 3 ? parse.GetValue(folds) : throw new ArgumentException($"--folds must be at least 3 (as cv.glmnet requires), not {parse.GetValue(folds)}"),
        FoldColumn = parse.GetValue(foldColumn),
        Seed = parse.GetValue(seed),
        LambdaRule = parse.GetValue(lambda) switch
        {
            "min" => LambdaRule.Min,
            "1se" => LambdaRule.OneStandardError,
            var other => throw new ArgumentException($"--lambda must be 'min' or '1se', not '{other}'"),
        },
        RadscoreScale = parse.GetValue(scale) is FeatureScale.Raw or FeatureScale.Standardized
            ? parse.GetValue(scale)!
            : throw new ArgumentException($"--radscore-scale must be '{FeatureScale.Raw}' or '{FeatureScale.Standardized}', not '{parse.GetValue(scale)}'"),
        RepeatPath = parse.GetValue(repeat),
        IccForm = parse.GetValue(iccForm) switch
        {
            "icc2" => IccForm.Icc2,
            "icc3" => IccForm.Icc3,
            var other => throw new ArgumentException($"--icc-form must be 'icc2' or 'icc3', not '{other}'"),
        },
        ImputeMedian = parse.GetValue(impute) switch
        {
            "none" => false,
            "median" => true,
            var other => throw new ArgumentException($"--impute must be 'none' or 'median', not '{other}'"),
        },
        DropConstant = parse.GetValue(dropConstant),
        ModelId = parse.GetValue(modelId)!,
        ModelVersion = parse.GetValue(modelVersion)!,
        DefaultPhase = Phases.Known.Contains(parse.GetValue(phase)!)
            ? parse.GetValue(phase)!
            : throw new ArgumentException($"--default-phase must be one of {string.Join(", ", Phases.Known)}, not '{parse.GetValue(phase)}'"),
        SettingsPath = parse.GetValue(settings),
    };

    private static IReadOnlyList<string> Patterns(string[]? values) =>
        values is null || values.Length == 0
            ? ["*"]
            : values.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToArray();
}
