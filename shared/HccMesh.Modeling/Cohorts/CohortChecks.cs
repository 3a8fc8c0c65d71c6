namespace HccMesh.Modeling.Cohorts;

/// <summary>Checks a training cohort against the cross-validation it will go through.</summary>
public static class CohortChecks
{
    /// <summary>
    /// Events and non-events must each number at least <paramref name="folds"/>, so that every fold can hold both
    /// (stratified folds). With fold ids (<see cref="CohortData.Folds"/>) <paramref name="folds"/> must equal their
    /// count K, and each fold must hold at least one event and one non-event.
    /// </summary>
    public static void RequireFoldsCoverEvents(CohortData data, int folds)
    {
        ArgumentNullException.ThrowIfNull(data);
        var source = data.Source;
        if (folds < FoldReader.MinimumFolds)
        {
            throw new CohortException(source, null, null,
                $"{folds} cross-validation folds are too few for training cohort '{source}'; use --folds " +
                $"{FoldReader.MinimumFolds} or more");
        }

        if (data.Folds is not null && data.FoldCount != folds)
        {
            throw new CohortException(source, data.FoldColumn, null,
                $"training cohort '{source}': the fold column '{data.FoldColumn}' defines {data.FoldCount} folds but " +
                $"{folds} were requested; use --folds {data.FoldCount} (or leave --folds out with a fold column)");
        }

        var events = data.Events;
        var nonEvents = data.Count - events;
        if (events < folds)
        {
            throw new CohortException(source, data.OutcomeColumn, null,
                $"training cohort '{source}' has {events} events ({data.OutcomeColumn} = 1), fewer than the " +
                $"{folds} cross-validation folds; {Advice(events, "cases")}");
        }

        if (nonEvents < folds)
        {
            throw new CohortException(source, data.OutcomeColumn, null,
                $"training cohort '{source}' has {nonEvents} non-events ({data.OutcomeColumn} = 0), fewer than " +
                $"the {folds} cross-validation folds; {Advice(nonEvents, "controls")}");
        }

        if (data.Folds is { } foldIds)
        {
            RequireEachFoldHoldsBothOutcomes(data, foldIds, folds);
        }
    }

    private static string Advice(int available, string more) =>
        available >= FoldReader.MinimumFolds
            ? $"use --folds {available} or fewer, or add {more}"
            : $"cross-validation needs at least {FoldReader.MinimumFolds}: add {more}";

    private static void RequireEachFoldHoldsBothOutcomes(CohortData data, int[] foldIds, int folds)
    {
        var eventsIn = new int[folds + 1];
        var rowsIn = new int[folds + 1];
        for (var row = 0; row < foldIds.Length; row++)
        {
            rowsIn[foldIds[row]]++;
            eventsIn[foldIds[row]] += data.Outcome[row] == 1.0 ? 1 : 0;
        }

        for (var fold = 1; fold <= folds; fold++)
        {
            var lacking = eventsIn[fold] == 0
                ? $"no events ({data.OutcomeColumn} = 1)"
                : eventsIn[fold] == rowsIn[fold] ? $"no non-events ({data.OutcomeColumn} = 0)" : null;
            if (lacking is not null)
            {
                throw new CohortException(data.Source, data.FoldColumn, null,
                    $"training cohort '{data.Source}': fold {fold} of the fold column '{data.FoldColumn}' " +
                    $"({rowsIn[fold]} rows) holds {lacking}; every fold needs at least one event and one " +
                    "non-event: reassign the fold ids stratified by outcome");
            }
        }
    }
}
