using System.Text.RegularExpressions;

namespace HccMesh.Reporting.Figures;

/// <summary>Argument checks shared by the figures; every failure is an <see cref="ArgumentException"/> that names
/// the offending argument and element.</summary>
internal static partial class FigureInput
{
    public const int MinimumSize = 200;
    public const int MaximumSize = 10000;

    public static void RequireFileStem(string name, string parameter)
    {
        if (name is null || !FileStem().IsMatch(name))
        {
            throw new ArgumentException(
                $"Figure name '{name}' must be a file stem: a letter followed by letters, digits, '.', '-' or '_'.", parameter);
        }
    }

    public static void RequireSize(int width, int height)
    {
        if (width < MinimumSize || width > MaximumSize || height < MinimumSize || height > MaximumSize)
        {
            throw new ArgumentException($"Figure size {width}×{height} must lie within {MinimumSize}–{MaximumSize} pixels per side.");
        }
    }

    public static void RequireNonEmpty<T>(IReadOnlyList<T>? list, string what, string parameter)
    {
        if (list is null || list.Count == 0)
        {
            throw new ArgumentException($"{what} is empty.", parameter);
        }
    }

    public static void RequireSameLength<T, U>(IReadOnlyList<T> a, IReadOnlyList<U> b, string what, string parameter)
    {
        if (a.Count != b.Count)
        {
            throw new ArgumentException($"{what}: lengths differ ({a.Count} vs {b.Count}).", parameter);
        }
    }

    public static void RequireFinite(IReadOnlyList<double> values, string what, string parameter)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentException($"{what}[{i}] is not finite ({values[i]}).", parameter);
            }
        }
    }

    public static void RequireFinite(double value, string what, string parameter)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"{what} is not finite ({value}).", parameter);
        }
    }

    public static void RequireProbabilities(IReadOnlyList<double> values, string what, string parameter)
    {
        RequireFinite(values, what, parameter);
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] < 0 || values[i] > 1)
            {
                throw new ArgumentException($"{what}[{i}] = {values[i]} lies outside [0, 1].", parameter);
            }
        }
    }

    public static void RequireLabel(string? label, string what, string parameter)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            throw new ArgumentException($"{what} has no label.", parameter);
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9._-]*$")]
    private static partial Regex FileStem();
}
