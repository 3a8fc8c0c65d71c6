namespace HccMesh.Modeling.Statistics.Nomogram;

/// <summary>
/// Point scaling of a logistic-model nomogram as rms 6.5 <c>nomogram()</c> (defaults maxscale = 100):
/// each variable contributes points(x) = sc·(b·x − min over its ticks of b·x); sc = maxscale / max over variables of
/// the range of b·x over its ticks, so the widest variable spans 0–maxscale; total points = sc·(lp − lp₀) with
/// lp₀ = intercept + Σ minima (the linear predictor at 0 points); risk = logistic(lp).
/// </summary>
public sealed class NomogramScale
{
    private readonly double[] _minimumContribution;

    private NomogramScale(double intercept, IReadOnlyList<NomogramVariable> variables, double pointsPerLpUnit, double[] minimumContribution)
    {
        Intercept = intercept;
        Variables = variables;
        PointsPerLpUnit = pointsPerLpUnit;
        _minimumContribution = minimumContribution;
        var lp = intercept;
        foreach (var m in minimumContribution)
        {
            lp += m;
        }

        LpAtZeroPoints = lp;
    }

    public double Intercept { get; }

    public IReadOnlyList<NomogramVariable> Variables { get; }

    /// <summary>sc: points per unit of linear predictor.</summary>
    public double PointsPerLpUnit { get; }

    /// <summary>Linear predictor of a patient with 0 total points.</summary>
    public double LpAtZeroPoints { get; }

    public static NomogramScale Build(double intercept, IReadOnlyList<NomogramVariable> variables, double maxScale = 100)
    {
        ArgumentNullException.ThrowIfNull(variables);
        if (variables.Count == 0)
        {
            throw new ArgumentException("A nomogram needs at least one variable.", nameof(variables));
        }

        var minima = new double[variables.Count];
        var widest = 0.0;
        for (var v = 0; v < variables.Count; v++)
        {
            var variable = variables[v];
            if (variable.AxisValues.Count == 0)
            {
                throw new ArgumentException($"Variable '{variable.Name}' has no axis values.", nameof(variables));
            }

            double lo = double.PositiveInfinity, hi = double.NegativeInfinity;
            foreach (var x in variable.AxisValues)
            {
                var contribution = variable.Coefficient * x;
                lo = Math.Min(lo, contribution);
                hi = Math.Max(hi, contribution);
            }

            minima[v] = lo;
            widest = Math.Max(widest, hi - lo);
        }

        if (!(widest > 0))
        {
            throw new ArgumentException("Every variable has a zero range of b·x; nothing to scale.", nameof(variables));
        }

        return new NomogramScale(intercept, variables, maxScale / widest, minima);
    }

    /// <summary>Points of variable <paramref name="variableIndex"/> at value <paramref name="x"/>.</summary>
    public double Points(int variableIndex, double x) =>
        PointsPerLpUnit * ((Variables[variableIndex].Coefficient * x) - _minimumContribution[variableIndex]);

    /// <summary>Points at each axis tick of a variable, in tick order.</summary>
    public double[] AxisPoints(int variableIndex)
    {
        var ticks = Variables[variableIndex].AxisValues;
        var points = new double[ticks.Count];
        for (var i = 0; i < points.Length; i++)
        {
            points[i] = Points(variableIndex, ticks[i]);
        }

        return points;
    }

    public double TotalPointsForLinearPredictor(double linearPredictor) => PointsPerLpUnit * (linearPredictor - LpAtZeroPoints);

    /// <summary>Total points at which the risk axis reaches <paramref name="risk"/> (0 &lt; risk &lt; 1).</summary>
    public double TotalPointsForRisk(double risk)
    {
        if (!(risk > 0 && risk < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(risk), risk, "Must lie in (0, 1).");
        }

        return TotalPointsForLinearPredictor(Math.Log(risk / (1 - risk)));
    }

    /// <summary>Total points of a patient with the given value of each variable (in <see cref="Variables"/> order).</summary>
    public double TotalPoints(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count != Variables.Count)
        {
            throw new ArgumentException($"{values.Count} values for {Variables.Count} variables.", nameof(values));
        }

        var lp = Intercept;
        for (var v = 0; v < values.Count; v++)
        {
            lp += Variables[v].Coefficient * values[v];
        }

        return TotalPointsForLinearPredictor(lp);
    }
}
