using ResidentMedicalInsurance.Domain.Common;
using ResidentMedicalInsurance.Domain.Enrollments;

namespace ResidentMedicalInsurance.Domain.Progress;

/// <summary>The key of a <see cref="VillageTally"/> row (within a tenant).</summary>
public readonly record struct VillageKey(Guid TenantId, Guid TownshipId, string Village, int Year, string Category);

/// <summary>The key of a <see cref="PaidDayTally"/> row (within a tenant).</summary>
public readonly record struct DayKey(Guid TenantId, Guid TownshipId, int Year, string Category, DateOnly Day);

/// <summary>What a resident counts for: registered in a township while not departed.</summary>
public readonly record struct ResidentCounts(Guid TenantId, Guid TownshipId, bool Departed);

/// <summary>What an enrolment counts for: live unless ended, paid on the China day of <see cref="PaidAt"/>.</summary>
public readonly record struct EnrollmentCounts(
    Guid TenantId, Guid TownshipId, int Year, string? Category, EnrollmentStatus Status, DateTimeOffset? PaidAt)
{
    public static EnrollmentCounts Of(Enrollment e) => new(e.TenantId, e.TownshipId, e.Year, e.SubsidyCode, e.Status, e.PaidAt);
}

/// <summary>
/// The change of the progress counters that a set of row changes makes: each row's counts after the change are
/// added and its counts before are taken away (ADR 0061). One definition of what a row counts for, used by the save
/// hook, by 入账's set-based writes and by the recount that the tests compare with.
/// </summary>
public sealed class TallyDelta
{
    public Dictionary<VillageKey, (int Registered, int Enrolled, int Paid)> Villages { get; } = [];
    public Dictionary<DayKey, int> Days { get; } = [];

    public bool IsEmpty => Villages.Values.All(v => v == default) && Days.Values.All(d => d == 0);

    /// <summary>Every non-zero count as a line, in key order: two sets of counters are equal when their lines are.</summary>
    public IReadOnlyList<string> Lines() =>
        Villages.Where(v => v.Value != default).Select(v => $"{v.Key} {v.Value}")
            .Concat(Days.Where(d => d.Value != 0).Select(d => $"{d.Key} {d.Value}"))
            .Order(StringComparer.Ordinal).ToList();

    public void Add(ResidentCounts resident, string village, int sign)
    {
        if (!resident.Departed)
        {
            AddVillage(new VillageKey(resident.TenantId, resident.TownshipId, village, 0, ""), (sign, 0, 0));
        }
    }

    public void Add(EnrollmentCounts enrollment, string village, int sign)
    {
        if (enrollment.Status == EnrollmentStatus.Ended)
        {
            return;
        }

        var category = enrollment.Category ?? "";
        var paid = enrollment.Status == EnrollmentStatus.Paid ? sign : 0;
        AddVillage(new VillageKey(enrollment.TenantId, enrollment.TownshipId, village, enrollment.Year, category), (0, sign, paid));
        if (paid != 0 && enrollment.PaidAt is { } at)
        {
            AddDay(new DayKey(enrollment.TenantId, enrollment.TownshipId, enrollment.Year, category, ChinaTime.DateOf(at)), paid);
        }
    }

    public void AddVillage(VillageKey key, (int Registered, int Enrolled, int Paid) by)
    {
        var now = Villages.GetValueOrDefault(key);
        Villages[key] = (now.Registered + by.Registered, now.Enrolled + by.Enrolled, now.Paid + by.Paid);
    }

    public void AddDay(DayKey key, int paid) => Days[key] = Days.GetValueOrDefault(key) + paid;
}
