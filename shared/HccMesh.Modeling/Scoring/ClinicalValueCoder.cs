using HccMesh.Modeling.Artifacts;

namespace HccMesh.Modeling.Scoring;

/// <summary>
/// Turns <see cref="ClinicalValues"/> into the numbers a logistic model multiplies: the artifact's
/// code for binary findings, the value itself for continuous ones — after checking presence and
/// plausibility. Plausible ranges are fixed here, not in the artifact, because they guard against
/// unit errors, not model properties.
/// </summary>
public static class ClinicalValueCoder
{
    /// <summary>Serum albumin accepted range, g/L; e.g. 4.1 (a g/dL value) is refused as a unit error.</summary>
    public const double AlbuminMin = 10;

    public const double AlbuminMax = 60;

    public const double BmiMin = 10;

    public const double BmiMax = 80;

    public static double Code(ClinicalVariable variable, ClinicalValues values)
    {
        ArgumentNullException.ThrowIfNull(variable);
        ArgumentNullException.ThrowIfNull(values);
        return variable.Name switch
        {
            ClinicalVariableNames.Alb => CheckRange(values.AlbuminGramsPerLitre, ClinicalVariableNames.Alb, "g/L", AlbuminMin, AlbuminMax,
                "a value this small is probably g/dL (multiply by 10)"),
            ClinicalVariableNames.Bmi => CheckRange(values.BmiKgPerM2, ClinicalVariableNames.Bmi, "kg/m2", BmiMin, BmiMax,
                "check the unit and that height was given in metres"),
            ClinicalVariableNames.Mvi => CodeFinding(values.MicrovascularInvasion, variable),
            ClinicalVariableNames.Pv => CodeFinding(values.PortalVeinThrombosis, variable),
            _ => throw new ModelArtifactException("clinicalVariables", $"no clinical input is known for variable '{variable.Name}'"),
        };
    }

    private static double CheckRange(double? value, string name, string unit, double min, double max, string lowHint)
    {
        if (value is not { } v)
        {
            throw new ScoringInputException(name, $"clinical value {name} ({unit}) is missing");
        }

        if (!double.IsFinite(v))
        {
            throw new ScoringInputException(name, $"clinical value {name} is not a finite number ({v})");
        }

        if (v < min || v > max)
        {
            var hint = v < min ? $"; {lowHint}" : "";
            throw new ScoringInputException(name,
                $"clinical value {name} = {v.ToString(System.Globalization.CultureInfo.InvariantCulture)} {unit} is outside the plausible range {min}–{max} {unit}, refused as a likely unit error{hint}");
        }

        return v;
    }

    private static double CodeFinding(bool? present, ClinicalVariable variable)
    {
        if (present is not { } p)
        {
            throw new ScoringInputException(variable.Name, $"clinical value {variable.Name} (present/absent) is missing");
        }

        var coding = variable.Coding ?? throw new ModelArtifactException("clinicalVariables", $"binary variable {variable.Name} has no coding");
        return p ? coding.Present : coding.Absent;
    }
}
