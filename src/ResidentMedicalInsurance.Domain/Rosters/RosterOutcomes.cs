namespace ResidentMedicalInsurance.Domain.Rosters;

/// <summary>The outcome names of the CLI and the feedback list (issue 9), one per <see cref="RosterOutcome"/>.</summary>
public static class RosterOutcomes
{
    public static IReadOnlyList<RosterOutcome> All { get; } = Enum.GetValues<RosterOutcome>();

    public static string Name(RosterOutcome outcome) => outcome switch
    {
        RosterOutcome.Matched => "matched",
        RosterOutcome.NotRegistered => "not-registered",
        RosterOutcome.InvalidId => "invalid-id",
        RosterOutcome.NameMismatch => "name-mismatch",
        RosterOutcome.UnknownCategory => "unknown-category",
        RosterOutcome.LateCertification => "late-certification",
        RosterOutcome.DuplicateInFile => "duplicate-in-file",
        RosterOutcome.EmployeeInsurance => "employee-insurance",
        RosterOutcome.NotInScope => "not-in-scope",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };
}
