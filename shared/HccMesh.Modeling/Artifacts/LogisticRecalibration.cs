using HccMesh.Modeling.Statistics.Logistic;

namespace HccMesh.Modeling.Artifacts;

/// <summary>
/// Logistic recalibration of a model on local outcomes y (0/1) given its linear predictor lp
/// (Steyerberg, Clinical Prediction Models, ch. 20: "recalibration in the large" and "logistic recalibration"):
/// intercept-only fits glm(y ~ 1, offset = lp) and gives b0' = b0 + a; intercept+slope fits glm(y ~ lp) and gives
/// b0' = a + b·b0 and c_j' = b·c_j for every term, so that lp' = a + b·lp exactly.
/// The fits use <see cref="LogisticRegression"/> (R's glm.fit IRLS).
/// </summary>
public static class LogisticRecalibration
{
    /// <summary>Fewer events (or non-events) than this make the refitted intercept/slope too unstable to replace the model's.</summary>
    public const int MinimumPerOutcomeClass = 10;

    public static RecalibrationFit Fit(IReadOnlyList<double> linearPredictor, IReadOnlyList<double> outcome, RecalibrationMethod method)
    {
        ArgumentNullException.ThrowIfNull(linearPredictor);
        ArgumentNullException.ThrowIfNull(outcome);
        if (linearPredictor.Count != outcome.Count)
        {
            throw new ArgumentException($"{linearPredictor.Count} linear predictors for {outcome.Count} outcomes", nameof(outcome));
        }

        var n = outcome.Count;
        var events = 0;
        for (var i = 0; i < n; i++)
        {
            if (outcome[i] is not (0.0 or 1.0))
            {
                throw new ArgumentException($"outcome {i} = {outcome[i]} is not 0 or 1", nameof(outcome));
            }

            if (!double.IsFinite(linearPredictor[i]))
            {
                throw new ArgumentException($"linear predictor {i} = {linearPredictor[i]} is not finite", nameof(linearPredictor));
            }

            events += outcome[i] == 1.0 ? 1 : 0;
        }

        var nonEvents = n - events;
        if (events < MinimumPerOutcomeClass || nonEvents < MinimumPerOutcomeClass)
        {
            throw new RecalibrationException(
                $"recalibration needs at least {MinimumPerOutcomeClass} events and {MinimumPerOutcomeClass} non-events; the cohort has {events} events " +
                $"and {nonEvents} non-events among {n} cases. With fewer, the re-estimated {(method == RecalibrationMethod.Intercept ? "intercept" : "intercept and slope")} " +
                "would be too unstable to replace the model's.");
        }

        try
        {
            return method == RecalibrationMethod.Intercept ? FitIntercept(linearPredictor, outcome, events) : FitInterceptAndSlope(linearPredictor, outcome, events);
        }
        catch (SeparationException e)
        {
            throw new RecalibrationException(
                $"the outcomes are separated by the model's linear predictor ({e.Message}); no finite recalibration exists.", e);
        }
    }

    /// <summary>The model with intercept b0' = a + b·b0 and coefficients b·c_j (odds ratios exp(b·c_j)); the intercept is then fitted, not estimated.</summary>
    public static LogisticModel Apply(LogisticModel model, RecalibrationFit fit, string description)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(fit);
        var terms = model.Terms
            .Select(t => fit.Method == RecalibrationMethod.Intercept
                ? t
                : t with { Coefficient = fit.Slope * t.Coefficient, OddsRatio = Math.Exp(fit.Slope * t.Coefficient) })
            .ToList();
        return model with
        {
            Terms = terms,
            Intercept = fit.Intercept + (fit.Slope * model.Intercept),
            InterceptEstimated = false,
            InterceptMethod = description,
            Source = model.Source + "; " + description,
        };
    }

    private static RecalibrationFit FitIntercept(IReadOnlyList<double> lp, IReadOnlyList<double> y, int events)
    {
        var rows = new double[y.Count][];
        Array.Fill(rows, []);
        var result = LogisticRegression.Fit(rows, y, [], offset: lp);
        return new RecalibrationFit { Method = RecalibrationMethod.Intercept, Intercept = result.Terms[0].Beta, Slope = 1.0, Cases = y.Count, Events = events };
    }

    private static RecalibrationFit FitInterceptAndSlope(IReadOnlyList<double> lp, IReadOnlyList<double> y, int events)
    {
        var rows = new double[y.Count][];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = [lp[i]];
        }

        var result = LogisticRegression.Fit(rows, y, ["lp"]);
        var slope = result.Terms[1].Beta;
        if (!(slope > 0))
        {
            throw new RecalibrationException(
                $"the recalibration slope is {slope:G4} ≤ 0: in this cohort higher predicted risk does not go with more events, so a recalibrated model " +
                "would invert the original; check the outcome coding and the cohort instead.");
        }

        return new RecalibrationFit { Method = RecalibrationMethod.InterceptAndSlope, Intercept = result.Terms[0].Beta, Slope = slope, Cases = y.Count, Events = events };
    }
}
