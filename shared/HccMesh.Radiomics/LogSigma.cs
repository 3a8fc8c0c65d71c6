namespace HccMesh.Radiomics;

/// <summary>
/// One LoG sigma (mm) with the text PyRadiomics puts in the image-type name: Python's <c>str(sigma)</c> with
/// '.' replaced by '-' (float 1.0 → "1-0", integer 1 → "1"), giving e.g. <c>log-sigma-1-0-mm-3D</c>.
/// </summary>
public sealed record LogSigma(double Millimetres, string Text)
{
    /// <summary>A float sigma, named as Python's repr of that float.</summary>
    public static LogSigma FromFloat(double mm) => new(mm, PythonFloat.Repr(mm));

    /// <summary>An integer sigma, named without a decimal point.</summary>
    public static LogSigma FromInteger(long mm) => new(mm, mm.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The image-type name, e.g. <c>log-sigma-0-5-mm-3D</c>.</summary>
    public string ImageTypeName => $"log-sigma-{Text.Replace('.', '-')}-mm-3D";
}
