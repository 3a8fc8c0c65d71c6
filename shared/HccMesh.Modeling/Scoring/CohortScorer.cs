using System.Globalization;
using HccMesh.Modeling.Artifacts;
using HccMesh.Modeling.Cohorts;

namespace HccMesh.Modeling.Scoring;

/// <summary>
/// Scores every row of a cohort table with an artifact through <see cref="RiskScorer.Score"/>. Radscore feature
/// (phase, name) is read from column <see cref="FeatureColumnName.Format"/>(phase, name); clinical variable BMI / MVI /
/// PV / ALB from the column of that name (case-insensitive), MVI and PV as 0 = absent / 1 = present. Only the columns
/// the artifact's models use are read. A missing, non-numeric or implausible cell is a <see cref="CohortException"/>
/// naming the column, line and id.
/// </summary>
public static class CohortScorer
{
    public static IReadOnlyList<CohortPrediction> Score(ModelArtifact artifact, CohortTable cohort)
    {
        ArgumentNullException.ThrowIfNull(artifact);
        ArgumentNullException.ThrowIfNull(cohort);
        RiskScorer.EnsureScorable(artifact);
        var featureColumns = CohortColumns.RequireFeatureColumns(artifact.Radscore.Features, cohort);
        var clinicalColumns = ClinicalColumns(artifact, cohort);
        var predictions = new List<CohortPrediction>(cohort.RowCount);
        var features = new Dictionary<string, double>(featureColumns.Count, StringComparer.Ordinal);
        for (var row = 0; row < cohort.RowCount; row++)
        {
            features.Clear();
            foreach (var (key, column) in featureColumns)
            {
                features[key] = CohortColumns.Number(cohort, row, column, "radscore feature");
            }

            var clinical = ReadClinical(cohort, row, clinicalColumns);
            RiskAssessmentResult result;
            try
            {
                result = RiskScorer.Score(artifact, features, clinical);
            }
            catch (ScoringInputException e)
            {
                var column = clinicalColumns.TryGetValue(e.Field, out var c) ? c : featureColumns.TryGetValue(e.Field, out var f) ? f : e.Field;
                throw new CohortException(cohort.Source, column, cohort.LineNumber(row), $"cohort '{cohort.Source}', {cohort.RowReference(row)}: {e.Message}");
            }

            predictions.Add(new CohortPrediction
            {
                Id = cohort.Id(row),
                Line = cohort.LineNumber(row),
                Radscore = result.Radscore,
                CombinedLinearPredictor = result.Combined.LinearPredictor,
                Probability = result.Probability,
                RiskGroup = result.RiskGroup,
                ClinicalLinearPredictor = result.Clinical?.LinearPredictor,
                ClinicalProbability = result.Clinical?.Probability,
            });
        }

        return predictions;
    }

    /// <summary>Variable name → cohort column for every clinical variable a model of the artifact uses.</summary>
    private static Dictionary<string, string> ClinicalColumns(ModelArtifact artifact, CohortTable cohort)
    {
        var used = artifact.CombinedModel.Terms.Concat(artifact.ClinicalModel?.Terms ?? [])
            .Select(t => t.Variable)
            .Where(v => v != ClinicalVariableNames.Radscore)
            .Distinct(StringComparer.Ordinal);
        var columns = new Dictionary<string, string>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var variable in used)
        {
            var column = cohort.Columns.FirstOrDefault(c => string.Equals(c, variable, StringComparison.OrdinalIgnoreCase));
            if (column is null)
            {
                missing.Add(variable);
            }
            else
            {
                columns[variable] = column;
            }
        }

        if (missing.Count > 0)
        {
            throw new CohortException(cohort.Source, missing[0], null,
                $"cohort '{cohort.Source}' has no column for the clinical variable(s) {string.Join(", ", missing)} that model {artifact.Id} uses");
        }

        return columns;
    }

    private static ClinicalValues ReadClinical(CohortTable cohort, int row, Dictionary<string, string> columns)
    {
        double? Continuous(string variable) => columns.TryGetValue(variable, out var column) ? CohortColumns.OptionalNumber(cohort, row, column, "clinical value") : null;
        bool? Finding(string variable) => columns.TryGetValue(variable, out var column) ? PresentAbsent(cohort, row, column) : null;
        return new ClinicalValues
        {
            BmiKgPerM2 = Continuous(ClinicalVariableNames.Bmi),
            MicrovascularInvasion = Finding(ClinicalVariableNames.Mvi),
            PortalVeinThrombosis = Finding(ClinicalVariableNames.Pv),
            AlbuminGramsPerLitre = Continuous(ClinicalVariableNames.Alb),
        };
    }

    private static bool? PresentAbsent(CohortTable cohort, int row, string column) =>
        CohortColumns.OptionalNumber(cohort, row, column, "clinical finding") switch
        {
            null => null,
            0.0 => false,
            1.0 => true,
            var v => throw new CohortException(cohort.Source, column, cohort.LineNumber(row),
                $"cohort '{cohort.Source}', {cohort.RowReference(row)}: {column} = {v.Value.ToString(CultureInfo.InvariantCulture)} must be 0 (absent) or 1 (present)"),
        };
}
