using HccMesh.Modeling.Statistics.Logistic;

namespace HccMesh.Modeling.Statistics.Calibration;

/// <summary>Calibration intercept/slope (logistic recalibration) and Brier score; see <see cref="CalibrationResult"/>.</summary>
public static class CalibrationAnalysis
{
    public static CalibrationResult Compute(IReadOnlyList<double> p, IReadOnlyList<double> y)
    {
        if (p.Count != y.Count || p.Count == 0)
        {
            throw new ArgumentException("p and y must be non-empty and of equal length.");
        }

        var n = p.Count;
        var lp = new double[n];
        var rows = new double[n][];
        var brier = 0.0;
        for (var i = 0; i < n; i++)
        {
            if (!(p[i] > 0.0 && p[i] < 1.0))
            {
                throw new ArgumentException($"Probability {i} = {p[i]} is not inside (0, 1); its logit is undefined.", nameof(p));
            }

            lp[i] = LogisticFunction.Logit(p[i]);
            rows[i] = [lp[i]];
            brier += (p[i] - y[i]) * (p[i] - y[i]);
        }

        var recalibration = LogisticRegression.Fit(rows, y, ["lp"]);
        var inTheLarge = LogisticRegression.Fit(EmptyRows(n), y, [], offset: lp);
        var intercept = recalibration.Terms[0];
        var slope = recalibration.Terms[1];
        return new CalibrationResult(
            slope.Beta,
            slope.StandardError,
            intercept.Beta,
            intercept.StandardError,
            inTheLarge.Terms[0].Beta,
            inTheLarge.Terms[0].StandardError,
            brier / n,
            p.Average(),
            y.Average());
    }

    private static double[][] EmptyRows(int n)
    {
        var rows = new double[n][];
        Array.Fill(rows, []);
        return rows;
    }
}
