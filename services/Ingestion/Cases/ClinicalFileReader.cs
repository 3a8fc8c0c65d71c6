using System.Text.Json;
using HccMesh.Contracts.V1;
using HccMesh.Modeling.Scoring;

namespace HccMesh.Ingestion.Cases;

/// <summary>
/// Reads clinical.json: {"BMI": kg/m2, "MVI": "present"|"absent", "PV": "present"|"absent", "ALB": g/L}.
/// Every refusal names the file and the field.
/// </summary>
public static class ClinicalFileReader
{
    // One set of plausibility limits: the scorer's (they guard against unit errors, not model properties).
    private const double MinAlbumin = ClinicalValueCoder.AlbuminMin;
    private const double MaxAlbumin = ClinicalValueCoder.AlbuminMax;
    private const double MinBmi = ClinicalValueCoder.BmiMin;
    private const double MaxBmi = ClinicalValueCoder.BmiMax;

    public static ClinicalInput Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new CaseValidationException("clinical-missing", $"{path}: clinical file not found (needs BMI, MVI, PV, ALB).");
        }

        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new CaseValidationException("clinical-invalid", $"{path}: not valid JSON ({e.Message}).");
        }

        using (doc)
        {
            return Parse(doc.RootElement, path);
        }
    }

    public static ClinicalInput Parse(JsonElement root, string source)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new CaseValidationException("clinical-invalid", $"{source}: expected a JSON object with BMI, MVI, PV, ALB.");
        }

        var bmi = Number(root, "BMI", "body-mass index, kg/m2", source);
        var mvi = PresentAbsent(root, "MVI", "microvascular invasion", source);
        var pv = PresentAbsent(root, "PV", "portal vein thrombosis", source);
        var alb = Number(root, "ALB", "serum albumin, g/L", source);

        if (alb < MinAlbumin || alb > MaxAlbumin)
        {
            var hint = alb < MinAlbumin && alb * 10 >= MinAlbumin && alb * 10 <= MaxAlbumin ? $" {alb} looks like g/dL; {alb * 10} g/L would be plausible." : string.Empty;
            throw new CaseValidationException("clinical-invalid", $"{source}: field 'ALB' = {alb} is outside {MinAlbumin}-{MaxAlbumin} g/L, refused as a likely unit error.{hint}");
        }

        if (bmi < MinBmi || bmi > MaxBmi)
        {
            throw new CaseValidationException("clinical-invalid", $"{source}: field 'BMI' = {bmi} is outside {MinBmi}-{MaxBmi} kg/m2.");
        }

        var illustrative = root.TryGetProperty("illustrative", out var flag) && flag.ValueKind == JsonValueKind.True;
        return new ClinicalInput(bmi, mvi, pv, alb, illustrative);
    }

    private static JsonElement Field(JsonElement root, string name, string meaning, string source)
    {
        var matches = root.EnumerateObject().Where(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).ToList();
        if (matches.Count > 1)
        {
            throw new CaseValidationException("clinical-invalid", $"{source}: field '{name}' ({meaning}) is given {matches.Count} times; give it once.");
        }

        if (matches.Count == 0 || matches[0].Value.ValueKind == JsonValueKind.Null)
        {
            throw new CaseValidationException("clinical-invalid", $"{source}: field '{name}' ({meaning}) is missing.");
        }

        return matches[0].Value;
    }

    private static double Number(JsonElement root, string name, string meaning, string source)
    {
        var value = Field(root, name, meaning, source);
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number) || !double.IsFinite(number))
        {
            throw new CaseValidationException("clinical-invalid", $"{source}: field '{name}' ({meaning}) must be a number, got {value.GetRawText()}.");
        }

        return number;
    }

    private static bool PresentAbsent(JsonElement root, string name, string meaning, string source)
    {
        var value = Field(root, name, meaning, source);
        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        return text?.ToLowerInvariant() switch
        {
            "present" => true,
            "absent" => false,
            _ => throw new CaseValidationException("clinical-invalid", $"{source}: field '{name}' ({meaning}) must be \"present\" or \"absent\", got {value.GetRawText()}."),
        };
    }
}
