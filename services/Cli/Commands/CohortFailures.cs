using HccMesh.Modeling.Artifacts;
using HccMesh.Modeling.Cohorts;
using HccMesh.Modeling.Development;
using HccMesh.Modeling.Scoring;
using HccMesh.Modeling.Statistics.Logistic;

namespace HccMesh.Cli.Commands;

/// <summary>The refusals of the cohort commands (train, evaluate, model standardize/recalibrate): one line each, exit code 2, no stack trace.</summary>
public static class CohortFailures
{
    public static bool IsRefusal(Exception e) =>
        e is CohortException or DevelopmentException or SeparationException or ModelArtifactException or ScoringInputException or RecalibrationException
            or ArgumentException or IOException or UnauthorizedAccessException;

    public static string Describe(Exception e) => e switch
    {
        SeparationException s =>
            $"perfect or quasi-complete separation: '{s.Variable}' predicts the outcome (almost) perfectly in the training cohort, so its odds ratio " +
            $"has no finite maximum-likelihood estimate ({s.Message}). Check the variable's coding, or leave it out of --clinical.",
        // The library's ArgumentExceptions end in " (Parameter 'x')", which names code, not the user's input.
        ArgumentException { ParamName: { } parameter } a => a.Message.Replace($" (Parameter '{parameter}')", "", StringComparison.Ordinal),
        _ => e.Message,
    };
}
