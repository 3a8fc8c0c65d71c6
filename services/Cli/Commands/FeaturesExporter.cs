using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using HccMesh.Modeling.Cohorts;
using HccMesh.Radiomics;
using HccMesh.Radiomics.Parameters;
using HccMesh.Radiomics.Pipeline;
using HccMesh.Reporting;
using HccMesh.Storage;

namespace HccMesh.Cli.Commands;

/// <summary>
/// Collects the processed studies of an object store into one cohort CSV for <c>hccmesh train</c> /
/// <c>hccmesh model standardize</c>. A study is exported when it has assessment.json and every feature set its
/// settings imply (each phase of the assessment × each image type of its input/settings.yaml); others are skipped
/// with the reason. Columns: <c>id</c> (the report's study key), [outcome], BMI, MVI (0/1), PV (0/1), ALB (empty when
/// unknown), then <c>phase_featureName</c> for phases sorted ordinally and, within a phase, image types in the
/// settings' order and features in the extractor's (CSV) order. Values are written round-trip ("R").
/// Every study must have the same settings SHA-256 and the same columns: a ragged CSV is never written.
/// </summary>
public static class FeaturesExporter
{
    public const string IdColumn = "id";

    public static readonly IReadOnlyList<string> ClinicalColumns = ["BMI", "MVI", "PV", "ALB"];

    public static async Task<FeaturesExportSummary> ExportAsync(
        IObjectStore store, string outPath, string? outcomesPath, string? outcomeColumn, CancellationToken ct = default)
    {
        var skipped = new List<(Guid, string)>();
        var studies = new List<FeaturesExportStudy>();
        foreach (var studyId in await StudyIdsAsync(store, ct))
        {
            var (study, reason) = await ReadStudyAsync(store, studyId, ct);
            if (study is null)
            {
                skipped.Add((studyId, reason!));
            }
            else
            {
                studies.Add(study);
            }
        }

        var exported = DropRepeatedRuns(studies, skipped);
        if (exported.Count == 0)
        {
            throw new FeaturesExportException(
                $"no processed study in store '{store.Location}' ({skipped.Count} skipped{SkipHint(skipped)}); run `hccmesh analyze` or `hccmesh run` first");
        }

        EnsureSameFeatureSet(exported);
        var outcomes = outcomesPath is null ? null : ReadOutcomes(outcomesPath, outcomeColumn, exported);
        if (outcomes is not null && (outcomes.Value.Column == IdColumn || ClinicalColumns.Contains(outcomes.Value.Column, StringComparer.OrdinalIgnoreCase)
            || exported[0].Columns.Contains(outcomes.Value.Column, StringComparer.Ordinal)))
        {
            throw new FeaturesExportException($"the outcome column name '{outcomes.Value.Column}' clashes with an exported column; rename it in '{outcomesPath}'");
        }

        Write(outPath, exported, outcomes);
        var withOutcome = outcomes?.Values.Count ?? 0;
        return new FeaturesExportSummary(
            exported.Count,
            exported[0].Columns.Count,
            exported[0].Phases,
            exported[0].SettingsSha256,
            skipped,
            outcomes?.Column,
            withOutcome,
            outcomes is null ? 0 : exported.Count - withOutcome,
            exported.Count(s => s.ClinicalIllustrative));
    }

    private static async Task<IReadOnlyList<Guid>> StudyIdsAsync(IObjectStore store, CancellationToken ct)
    {
        var ids = new SortedSet<Guid>();
        foreach (var key in await store.ListAsync("studies/", ct))
        {
            var parts = key.Split('/');
            if (parts.Length > 2 && Guid.TryParseExact(parts[1], "N", out var id))
            {
                ids.Add(id);
            }
        }

        return [.. ids];
    }

    private static async Task<(FeaturesExportStudy? Study, string? Reason)> ReadStudyAsync(IObjectStore store, Guid studyId, CancellationToken ct)
    {
        var assessmentKey = ObjectKeys.Assessment(studyId);
        if (!await store.ExistsAsync(assessmentKey, ct))
        {
            return (null, "no assessment.json (the study failed, was refused, or has not finished)");
        }

        StudyReport report;
        try
        {
            await using var stream = await store.OpenReadAsync(assessmentKey, ct);
            report = ReportJsonReader.Read(stream);
        }
        catch (StudyReportException e)
        {
            return (null, "assessment.json is not a valid report: " + e.Message);
        }

        var settingsKey = ObjectKeys.Settings(studyId);
        if (!await store.ExistsAsync(settingsKey, ct))
        {
            return (null, "no input/settings.yaml, so the expected feature sets are unknown");
        }

        var settingsBytes = await store.GetBytesAsync(settingsKey, ct);
        IReadOnlyList<string> imageTypes;
        try
        {
            imageTypes = ParameterFile.Parse(Encoding.UTF8.GetString(settingsBytes)).ImageTypeNames;
        }
        catch (Exception e) when (e is RadiomicsException or FormatException or ArgumentException)
        {
            return (null, "input/settings.yaml cannot be read: " + e.Message);
        }

        var phases = report.Phases.Select(p => p.Phase).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (phases.Count == 0)
        {
            return (null, "the assessment lists no phase");
        }

        var columns = new List<string>();
        var values = new List<double>();
        foreach (var phase in phases)
        {
            foreach (var imageType in imageTypes)
            {
                var key = ObjectKeys.FeatureSet(studyId, phase, imageType);
                if (!await store.ExistsAsync(key, ct))
                {
                    return (null, $"feature set {phase}/{imageType} is missing (incomplete study)");
                }

                FeatureVector vector;
                try
                {
                    vector = FeatureVector.ParseCsv(await store.GetTextAsync(key, ct), key);
                }
                catch (RadiomicsException e)
                {
                    return (null, $"feature set {phase}/{imageType} is unreadable: {e.Message}");
                }

                foreach (var (name, value) in vector.Items)
                {
                    columns.Add(FeatureColumnName.Format(phase, name));
                    values.Add(value);
                }
            }
        }

        var study = new FeaturesExportStudy(
            studyId,
            report.StudyKey.Value,
            report.GeneratedAt,
            report.ClinicalInputs,
            report.ClinicalValuesIllustrative,
            Convert.ToHexStringLower(SHA256.HashData(settingsBytes)),
            phases,
            columns,
            values);
        return (study, null);
    }

    /// <summary>A study key processed more than once: the newest assessment is exported, the older runs are skipped.</summary>
    private static List<FeaturesExportStudy> DropRepeatedRuns(List<FeaturesExportStudy> studies, List<(Guid, string)> skipped)
    {
        var kept = new List<FeaturesExportStudy>();
        foreach (var group in studies.GroupBy(s => s.StudyKey, StringComparer.Ordinal))
        {
            var newest = group.OrderByDescending(s => s.GeneratedAt).ThenBy(s => s.StudyId).First();
            kept.Add(newest);
            foreach (var older in group.Where(s => s != newest))
            {
                skipped.Add((older.StudyId, $"same study key as study {newest.StudyId:N}, which was assessed later and is exported instead"));
            }
        }

        return [.. kept.OrderBy(s => s.StudyKey, StringComparer.Ordinal)];
    }

    private static void EnsureSameFeatureSet(List<FeaturesExportStudy> studies)
    {
        var first = studies[0];
        foreach (var study in studies.Skip(1))
        {
            string? difference = null;
            if (study.SettingsSha256 != first.SettingsSha256)
            {
                difference = $"settings SHA-256 {study.SettingsSha256[..12]}… vs {first.SettingsSha256[..12]}…";
            }
            else if (!study.Phases.SequenceEqual(first.Phases))
            {
                difference = $"phases [{string.Join(", ", study.Phases)}] vs [{string.Join(", ", first.Phases)}]";
            }
            else if (!study.Columns.SequenceEqual(first.Columns))
            {
                var i = 0;
                while (i < study.Columns.Count && i < first.Columns.Count && study.Columns[i] == first.Columns[i])
                {
                    i++;
                }

                string At(IReadOnlyList<string> c) => i < c.Count ? c[i] : "(end)";
                difference = $"{study.Columns.Count} vs {first.Columns.Count} feature columns, first difference at column {i + 1}: {At(study.Columns)} vs {At(first.Columns)}";
            }

            if (difference is not null)
            {
                throw new FeaturesExportException(
                    $"study {study.StudyKey} (store folder {study.StudyId:N}) has a different feature set than study {first.StudyKey} " +
                    $"({first.StudyId:N}): {difference}. Nothing was written; export studies processed with the same settings and phases " +
                    "into separate files (a ragged CSV cannot be trained on).");
            }
        }
    }

    private static (string Column, Dictionary<string, double> Values)? ReadOutcomes(string path, string? column, List<FeaturesExportStudy> studies)
    {
        var table = CohortCsvReader.Read(path, IdColumn);
        var others = table.Columns.Where(c => c != IdColumn).ToList();
        column ??= others.Count == 1
            ? others[0]
            : throw new FeaturesExportException(
                $"outcomes file '{path}' has {others.Count} columns besides '{IdColumn}' ({string.Join(", ", others.Take(8))}); name the outcome with --outcome-column");
        if (!table.HasColumn(column))
        {
            throw new FeaturesExportException($"outcomes file '{path}' has no column '{column}' (columns: {string.Join(", ", table.Columns.Take(8))})");
        }

        var keys = studies.Select(s => s.StudyKey).ToHashSet(StringComparer.Ordinal);
        var unmatched = new List<string>();
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var row = 0; row < table.RowCount; row++)
        {
            if (!keys.Contains(table.Id(row)))
            {
                unmatched.Add(table.RowReference(row));
                continue;
            }

            var text = table.Cell(row, column).Trim();
            if (text.Length == 0)
            {
                continue;
            }

            if (text is not ("0" or "1"))
            {
                throw new FeaturesExportException(
                    $"outcomes file '{path}', {table.RowReference(row)}: {column} = '{text}' must be 0 (no event) or 1 (event), or empty when unknown");
            }

            values[table.Id(row)] = text == "1" ? 1.0 : 0.0;
        }

        if (unmatched.Count > 0)
        {
            throw new FeaturesExportException(
                $"outcomes file '{path}': {unmatched.Count} id(s) match no exported study ({string.Join("; ", unmatched.Take(5))}{(unmatched.Count > 5 ? "; …" : "")}); " +
                "ids must be the study keys of processed studies (the `id` column of an export without --outcomes)");
        }

        return (column, values);
    }

    private static void Write(string outPath, List<FeaturesExportStudy> studies, (string Column, Dictionary<string, double> Values)? outcomes)
    {
        var full = Path.GetFullPath(outPath);
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            throw new FeaturesExportException($"--out '{outPath}': folder '{folder}' does not exist");
        }

        var temp = full + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            using (var writer = new StreamWriter(temp, false, new UTF8Encoding(false)) { NewLine = "\n" })
            {
                var header = new List<string> { IdColumn };
                if (outcomes is { } o)
                {
                    header.Add(o.Column);
                }

                header.AddRange(ClinicalColumns);
                header.AddRange(studies[0].Columns);
                writer.WriteLine(string.Join(',', header));
                var line = new StringBuilder();
                foreach (var study in studies)
                {
                    line.Clear().Append(study.StudyKey);
                    if (outcomes is { } known)
                    {
                        line.Append(',').Append(known.Values.TryGetValue(study.StudyKey, out var y) ? Number(y) : "");
                    }

                    var c = study.Clinical;
                    line.Append(',').Append(c.BmiKgPerM2 is { } bmi ? Number(bmi) : "");
                    line.Append(',').Append(c.MicrovascularInvasion is { } mvi ? (mvi ? "1" : "0") : "");
                    line.Append(',').Append(c.PortalVeinThrombosis is { } pv ? (pv ? "1" : "0") : "");
                    line.Append(',').Append(c.AlbuminGramsPerLitre is { } alb ? Number(alb) : "");
                    foreach (var value in study.Values)
                    {
                        line.Append(',').Append(FeatureVector.FormatValue(value));
                    }

                    writer.WriteLine(line.ToString());
                }
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string SkipHint(List<(Guid StudyId, string Reason)> skipped) =>
        skipped.Count == 0 ? "" : $"; e.g. study {skipped[0].StudyId:N}: {skipped[0].Reason}";
}
