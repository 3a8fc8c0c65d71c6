namespace HccMesh.Radiomics.FeatureClasses;

/// <summary>Evaluates the enabled subset of a feature table, in the table's (PyRadiomics output) order.</summary>
internal static class FeatureSelection
{
    public static IReadOnlyDictionary<string, double> Evaluate<TSource>(
        string className,
        IReadOnlyList<(string Name, Func<TSource, double> Value)> table,
        IReadOnlyCollection<string> enabledFeatures,
        Func<Func<TSource, double>, double> evaluate)
    {
        foreach (var name in enabledFeatures)
        {
            if (!table.Any(f => f.Name == name))
            {
                throw new RadiomicsException($"Feature '{name}' is not an active {className} feature.");
            }
        }

        var result = new Dictionary<string, double>(enabledFeatures.Count, StringComparer.Ordinal);
        foreach (var (name, value) in table)
        {
            if (enabledFeatures.Contains(name))
            {
                result[name] = evaluate(value);
            }
        }

        return result;
    }
}
