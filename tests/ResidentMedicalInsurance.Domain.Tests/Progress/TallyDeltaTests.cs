using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Progress;

namespace ResidentMedicalInsurance.Domain.Tests.Progress;

/// <summary>What a resident or an enrolment counts for in the progress counters (ADR 0061).</summary>
public sealed class TallyDeltaTests
{
    private static readonly Guid Tenant = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid Township = Guid.Parse("00000000-0000-0000-0000-00000000000b");

    // 2020-11-16 17:00 UTC is 2020-11-17 01:00 in China: the paid day is the China one.
    private static readonly DateTimeOffset LateEvening = new(2020, 11, 16, 17, 0, 0, TimeSpan.Zero);

    private static EnrollmentCounts Enrolment(EnrollmentStatus status, string? category = "dibao", DateTimeOffset? paidAt = null)
        => new(Tenant, Township, 2021, category, status, paidAt ?? LateEvening);

    private static VillageKey Village(int year = 2021, string category = "dibao") => new(Tenant, Township, "东村", year, category);

    [Fact]
    public void A_resident_on_the_roll_counts_registered_in_the_year_less_row()
    {
        var delta = new TallyDelta();

        delta.Add(new ResidentCounts(Tenant, Township, Departed: false), "东村", +1);

        Assert.Equal((1, 0, 0), delta.Villages[Village(0, "")]);
        Assert.Empty(delta.Days);
        Assert.False(delta.IsEmpty);
    }

    [Fact]
    public void A_departed_resident_counts_for_nothing()
    {
        var delta = new TallyDelta();

        delta.Add(new ResidentCounts(Tenant, Township, Departed: true), "东村", +1);

        Assert.Empty(delta.Villages);
        Assert.True(delta.IsEmpty);
    }

    [Fact]
    public void A_paid_enrolment_counts_enrolled_and_paid_and_its_China_paid_day()
    {
        var delta = new TallyDelta();

        delta.Add(Enrolment(EnrollmentStatus.Paid), "东村", +1);

        Assert.Equal((0, 1, 1), delta.Villages[Village()]);
        Assert.Equal(1, Assert.Single(delta.Days, d => d.Key == new DayKey(Tenant, Township, 2021, "dibao", new DateOnly(2020, 11, 17))).Value);
        Assert.Single(delta.Days);
    }

    [Fact]
    public void An_enrolment_awaiting_payment_counts_enrolled_only_and_no_day()
    {
        var delta = new TallyDelta();

        delta.Add(Enrolment(EnrollmentStatus.AwaitingPayment, category: null), "东村", +1);

        Assert.Equal((0, 1, 0), delta.Villages[Village(category: "")]);
        Assert.Empty(delta.Days);
    }

    [Fact]
    public void An_ended_enrolment_counts_for_nothing()
    {
        var delta = new TallyDelta();

        delta.Add(Enrolment(EnrollmentStatus.Ended), "东村", +1);

        Assert.Empty(delta.Villages);
        Assert.Empty(delta.Days);
    }

    [Fact]
    public void A_paid_enrolment_without_a_paid_time_counts_paid_but_on_no_day()
    {
        var delta = new TallyDelta();

        delta.Add(new EnrollmentCounts(Tenant, Township, 2021, "dibao", EnrollmentStatus.Paid, null), "东村", +1);

        Assert.Equal((0, 1, 1), delta.Villages[Village()]);
        Assert.Empty(delta.Days);
    }

    [Fact]
    public void Taking_a_row_away_and_adding_it_back_leaves_zero_counts_that_make_no_line()
    {
        var delta = new TallyDelta();

        delta.Add(Enrolment(EnrollmentStatus.Paid), "东村", -1);
        Assert.Equal((0, -1, -1), delta.Villages[Village()]);
        Assert.False(delta.IsEmpty);
        delta.Add(Enrolment(EnrollmentStatus.Paid), "东村", +1);

        Assert.True(delta.IsEmpty);
        Assert.Empty(delta.Lines());
        Assert.Equal((0, 0, 0), delta.Villages[Village()]);
    }

    [Fact]
    public void A_delta_with_only_a_day_count_is_not_empty()
    {
        var delta = new TallyDelta();

        delta.AddDay(new DayKey(Tenant, Township, 2021, "", new DateOnly(2020, 11, 17)), 2);
        delta.AddDay(new DayKey(Tenant, Township, 2021, "", new DateOnly(2020, 11, 17)), 3);

        Assert.False(delta.IsEmpty);
        Assert.Equal(5, Assert.Single(delta.Days).Value);
    }

    [Fact]
    public void Counts_add_up_per_key()
    {
        var delta = new TallyDelta();

        delta.AddVillage(Village(), (1, 2, 3));
        delta.AddVillage(Village(), (10, 20, 30));

        Assert.Equal((11, 22, 33), delta.Villages[Village()]);
    }

    [Fact]
    public void Lines_are_the_non_zero_counts_in_ordinal_key_order()
    {
        var delta = new TallyDelta();
        delta.AddVillage(new VillageKey(Tenant, Township, "西村", 2021, ""), (0, 1, 0));
        delta.AddVillage(new VillageKey(Tenant, Township, "东村", 2021, ""), (0, 1, 0));
        delta.AddVillage(new VillageKey(Tenant, Township, "北村", 2021, ""), (0, 0, 0));
        delta.AddDay(new DayKey(Tenant, Township, 2021, "", new DateOnly(2020, 11, 17)), 1);
        delta.AddDay(new DayKey(Tenant, Township, 2021, "", new DateOnly(2020, 11, 18)), 0);

        var lines = delta.Lines();

        Assert.Equal(3, lines.Count);
        Assert.Equal(lines.Order(StringComparer.Ordinal), lines);
        Assert.DoesNotContain(lines, l => l.Contains("北村", StringComparison.Ordinal) || l.Contains("2020-11-18", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("西村", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("东村", StringComparison.Ordinal));
    }

    [Fact]
    public void Counts_of_an_enrolment_are_read_from_it()
    {
        var enrollment = new Enrollment
        {
            TenantId = Tenant, TownshipId = Township, Year = 2021, ProfileId = "youxi-2021", SubsidyCode = "dibao",
            Status = EnrollmentStatus.Paid, PaidAt = LateEvening,
        };

        Assert.Equal(Enrolment(EnrollmentStatus.Paid), EnrollmentCounts.Of(enrollment));
    }
}
