namespace HccMesh.Modeling.Cohorts;

/// <summary>Ordinal glob match of a whole name: '*' matches any run of characters (also none), '?' one character.</summary>
public static class GlobPattern
{
    public static bool IsMatch(string pattern, string name)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(name);

        // Greedy scan with backtracking to the last '*': linear for the patterns researchers write.
        int p = 0, n = 0, starAt = -1, nameAtStar = 0;
        while (n < name.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == name[n]) && pattern[p] != '*')
            {
                p++;
                n++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                starAt = p++;
                nameAtStar = n;
            }
            else if (starAt >= 0)
            {
                p = starAt + 1;
                n = ++nameAtStar;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
