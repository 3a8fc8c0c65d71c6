namespace HccMesh.Modeling.Development;

/// <summary>One model's predicted probability for each patient of a cohort.</summary>
public sealed record ModelScores(string Model, double[] Probability);

/// <summary>Outcomes, radscores and every model's predictions on one cohort.</summary>
public sealed record CohortScores(
    string Cohort,
    string Source,
    IReadOnlyList<string> Ids,
    double[] Outcome,
    double[] Radscore,
    IReadOnlyList<ModelScores> Models);
