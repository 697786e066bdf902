using ResidentMedicalInsurance.Application.Policy;

namespace ResidentMedicalInsurance.Application.Features.Progress;

/// <summary>
/// What a township plan may be (ADR 0062): a whole number of persons from 0 to <see cref="MaxPersons"/>, for an
/// insurance year around the current profile's; and the columns of the plans file (乡镇, 任务数).
/// </summary>
public static class PlanRules
{
    public const int MaxPersons = 10_000_000;

    /// <summary>The largest plans file: a county has a few dozen townships, so a few kilobytes.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    public const string Township = "township";
    public const string Persons = "persons";

    /// <summary>The columns of the plans file: titles as the template prints them and others offices use.</summary>
    public static TableLayout Columns { get; } = new(
    [
        new(Township, "乡镇", ["乡镇（街道）", "乡镇(街道)", "乡镇街道", "乡镇名称", "所属乡镇", "镇街", "乡（镇）"], true),
        new(Persons, "任务数", ["参保任务数", "任务数（人）", "任务数(人)", "参保任务", "计划数", "参保计划数", "任务人数"], true),
    ]);

    /// <summary>The years a plan may be set for, around the current profile's: five back (a late correction) to one ahead (the next campaign).</summary>
    public static (int First, int Last) Years(int profileYear) => (profileYear - 5, profileYear + 1);

    public static bool IsSaneYear(int profileYear, int year) => Years(profileYear) is var (first, last) && year >= first && year <= last;

    /// <summary>The current profile's year; a <paramref name="year"/> outside <see cref="Years"/> is refused beside the year field.</summary>
    public static async Task<int> CheckYearAsync(IAppDbContext db, IPolicyGateway policy, int? year, CancellationToken ct)
    {
        var (_, _, profile) = await CurrentProfile.LoadAsync(db, policy, ct).ConfigureAwait(false);
        if (year is { } y && !IsSaneYear(profile.Year, y))
        {
            var (first, last) = Years(profile.Year);
            var message = PlanTexts.Format("Year_OutOfRange", first, last);
            throw new InputValidationException([message], [new FieldError("Year", message)]);
        }

        return profile.Year;
    }
}
