using System.Text.Json;
using System.Text.RegularExpressions;
using HccMesh.Contracts;

namespace HccMesh.Ingestion.Cases;

/// <summary>
/// Resolves a case — a folder or a manifest (JSON) — into a <see cref="CaseDefinition"/>.
/// Folder layout: <c>clinical.json</c>; per phase either a DICOM series folder <c>&lt;phase&gt;/</c>
/// or a volume <c>&lt;phase&gt;.nii.gz|.nii|.nrrd</c>; its mask <c>masks/&lt;phase&gt;.nii.gz|.nii|.nrrd</c>;
/// optional <c>case.json</c> (a manifest; it wins). Paths in a manifest are relative to the manifest
/// and may use <c>${VAR:-default}</c>. See README "Case format" and schemas/case-manifest.schema.json.
/// </summary>
public static partial class CaseReader
{
    public const string ManifestFileName = "case.json";
    public const string ClinicalFileName = "clinical.json";

    public static CaseDefinition Read(string path)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            var manifest = Path.Combine(full, ManifestFileName);
            return File.Exists(manifest) ? ReadManifest(manifest) : ReadFolder(full);
        }

        if (File.Exists(full))
        {
            return ReadManifest(full);
        }

        throw new CaseValidationException("case-not-found", $"{path}: no such case folder or manifest.");
    }

    private static CaseDefinition ReadFolder(string folder, int maskLabel = 1)
    {
        var phases = new List<CasePhase>();
        foreach (var phase in Phases.All)
        {
            var dicomFolder = Path.Combine(folder, phase);
            var volume = VolumeFileKinds.Find(folder, phase);
            if (!Directory.Exists(dicomFolder) && volume is null)
            {
                continue;
            }

            var mask = VolumeFileKinds.Find(Path.Combine(folder, "masks"), phase)
                ?? throw new CaseValidationException("mask-missing", $"{folder}: phase '{phase}' has an image but no mask masks/{phase}.nii.gz (or .nii/.nrrd).");
            phases.Add(Directory.Exists(dicomFolder)
                ? new CasePhase(phase, "dicom", dicomFolder, mask, maskLabel)
                : new CasePhase(phase, VolumeFileKinds.FormatOf(volume!)!, volume!, mask, maskLabel));
        }

        if (phases.Count == 0)
        {
            throw new CaseValidationException("phase-missing", $"{folder}: no phase found; expected a DICOM folder or volume named {string.Join(", ", Phases.All)}.");
        }

        return new CaseDefinition(folder, phases, ClinicalFileReader.Read(Path.Combine(folder, ClinicalFileName)));
    }

    private static CaseDefinition ReadManifest(string manifestPath)
    {
        var baseDir = Path.GetDirectoryName(manifestPath)!;
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(File.ReadAllText(manifestPath), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new CaseValidationException("manifest-invalid", $"{manifestPath}: not valid JSON ({e.Message}).");
        }

        using (doc)
        {
            var root = doc.RootElement;
            var defaultLabel = root.TryGetProperty("maskLabel", out var l) ? Label(l, manifestPath, "maskLabel") : 1;
            if (!root.TryGetProperty("phases", out var phasesElement) && Path.GetFileName(manifestPath) == ManifestFileName)
            {
                // A case.json without "phases" inside a case folder only sets options (e.g. maskLabel) for the folder layout.
                return ReadFolder(baseDir, defaultLabel);
            }

            if (phasesElement.ValueKind != JsonValueKind.Object)
            {
                throw new CaseValidationException("manifest-invalid", $"{manifestPath}: field 'phases' (object of arterial/portal/delayed) is missing.");
            }

            var phases = new List<CasePhase>();
            foreach (var p in phasesElement.EnumerateObject())
            {
                if (!Phases.All.Contains(p.Name))
                {
                    throw new CaseValidationException("manifest-invalid", $"{manifestPath}: unknown phase '{p.Name}'; use {string.Join(", ", Phases.All)}.");
                }

                var field = $"phases.{p.Name}";
                var image = ResolvePath(baseDir, RequiredString(p.Value, "image", manifestPath, field), manifestPath, $"{field}.image");
                var mask = ResolvePath(baseDir, RequiredString(p.Value, "mask", manifestPath, field), manifestPath, $"{field}.mask");
                if (!File.Exists(mask))
                {
                    throw new CaseValidationException("mask-missing", $"{manifestPath}: {field}.mask '{mask}' does not exist.");
                }

                var label = p.Value.TryGetProperty("maskLabel", out var pl) ? Label(pl, manifestPath, $"{field}.maskLabel") : defaultLabel;
                string format;
                if (Directory.Exists(image))
                {
                    format = "dicom";
                }
                else if (File.Exists(image))
                {
                    format = VolumeFileKinds.FormatOf(image)
                        ?? throw new CaseValidationException("image-unsupported", $"{manifestPath}: {field}.image '{image}' is neither a DICOM folder nor .nii/.nii.gz/.nrrd.");
                }
                else
                {
                    throw new CaseValidationException("image-missing", $"{manifestPath}: {field}.image '{image}' does not exist.");
                }

                if (VolumeFileKinds.FormatOf(mask) is null)
                {
                    throw new CaseValidationException("mask-unsupported", $"{manifestPath}: {field}.mask '{mask}' must be .nii, .nii.gz or .nrrd.");
                }

                phases.Add(new CasePhase(p.Name, format, image, mask, label));
            }

            if (phases.Count == 0)
            {
                throw new CaseValidationException("phase-missing", $"{manifestPath}: 'phases' is empty.");
            }

            var clinical = root.TryGetProperty("clinical", out var c) ? c : default;
            var clinicalInput = clinical.ValueKind switch
            {
                JsonValueKind.String => ClinicalFileReader.Read(ResolvePath(baseDir, clinical.GetString()!, manifestPath, "clinical")),
                JsonValueKind.Object => ClinicalFileReader.Parse(clinical, $"{manifestPath} (clinical)"),
                _ => ClinicalFileReader.Read(Path.Combine(baseDir, ClinicalFileName)),
            };
            return new CaseDefinition(manifestPath, phases.OrderBy(p => Phases.All.ToList().IndexOf(p.Phase)).ToList(), clinicalInput);
        }
    }

    private static string RequiredString(JsonElement obj, string name, string manifest, string field)
    {
        if (obj.ValueKind != JsonValueKind.Object || !obj.TryGetProperty(name, out var v) || v.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(v.GetString()))
        {
            throw new CaseValidationException("manifest-invalid", $"{manifest}: field '{field}.{name}' (a path) is missing.");
        }

        return v.GetString()!;
    }

    private static int Label(JsonElement e, string manifest, string field)
    {
        if (e.ValueKind != JsonValueKind.Number || !e.TryGetInt32(out var label) || label < 1)
        {
            throw new CaseValidationException("manifest-invalid", $"{manifest}: field '{field}' must be a positive integer label.");
        }

        return label;
    }

    /// <summary>Expands ${VAR} and ${VAR:-default}; a relative result is taken relative to the manifest.</summary>
    private static string ResolvePath(string baseDir, string raw, string manifest, string field)
    {
        var expanded = VariablePattern().Replace(raw, m =>
        {
            var value = Environment.GetEnvironmentVariable(m.Groups["name"].Value);
            if (!string.IsNullOrEmpty(value))
            {
                return value;
            }

            return m.Groups["default"].Success
                ? m.Groups["default"].Value
                : throw new CaseValidationException("manifest-invalid", $"{manifest}: field '{field}' uses ${{{m.Groups["name"].Value}}}, which is not set.");
        });
        return Path.GetFullPath(Path.IsPathRooted(expanded) ? expanded : Path.Combine(baseDir, expanded));
    }

    [GeneratedRegex(@"\$\{(?<name>[A-Za-z_][A-Za-z0-9_]*)(:-(?<default>[^}]*))?\}")]
    private static partial Regex VariablePattern();
}
