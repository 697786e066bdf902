using ResidentMedicalInsurance.Application.Features.Common;
using ResidentMedicalInsurance.Application.Features.Enrollments;
using ResidentMedicalInsurance.Application.Features.Payments;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Domain.Payments;
using ResidentMedicalInsurance.Domain.Residents;
using ResidentMedicalInsurance.Domain.Tenancy;
using ResidentMedicalInsurance.Infrastructure.Persistence;

namespace ResidentMedicalInsurance.Infrastructure.Demo;

/// <summary>
/// Writes one county's <see cref="DemoHouseholds"/> through the DbContext of a system scope (tenant
/// checks and audit apply). A household already on record (by number) is left alone.
/// </summary>
internal static class DemoRecords
{
    /// <summary>Previous-year enrolments have no profile in the catalogue; this id only labels them.</summary>
    public static string PreviousProfileId(string tenantCode, int year) => $"{tenantCode}-{year}";

    /// <summary>Invented previous-year individual fee: the national minimum of that year (250 yuan in 2019, 280 in 2020).</summary>
    public static long PreviousYearFeeFen(int year) => year <= 2019 ? 250_00 : 280_00;

    /// <summary>Returns the number of households created.</summary>
    public static async Task<int> SeedAsync(
        AppDbContext db, IClock clock, Tenant tenant, IReadOnlyList<Township> townships, CancellationToken ct)
    {
        if (!DemoHouseholds.ByTenant.TryGetValue(tenant.Code, out var households))
        {
            return 0;
        }

        var numbers = households.Select(h => h.Number).ToList();
        var existing = await db.Households.Where(h => numbers.Contains(h.Number)).Select(h => h.Number).ToListAsync(ct).ConfigureAwait(false);
        var missing = households.Where(h => !existing.Contains(h.Number) && h.Township < townships.Count).ToList();
        if (missing.Count == 0)
        {
            return 0;
        }

        var policy = new PolicyGateway();
        var profile = policy.Profile(tenant.CurrentProfileId);
        var channel = PaymentChannels.For(tenant.Code).First(c => !c.Department);
        foreach (var demo in missing)
        {
            var household = new Household
            {
                Id = Guid.CreateVersion7(),
                TownshipId = townships[demo.Township].Id,
                Village = demo.Village,
                Number = demo.Number,
                Address = demo.Address,
                CreatedAt = clock.Now,
            };
            db.Households.Add(household);
            foreach (var (person, index) in demo.Members.Select((p, i) => (p, i)))
            {
                var resident = NewResident(demo, person, household, clock);
                if (person.Relationship == Relationship.Head)
                {
                    household.HeadResidentId = resident.Id;
                }

                db.Residents.Add(resident);
                switch (demo.Enrollment)
                {
                    case DemoEnrollment.PaidLastYear:
                        AddPaidLastYear(db, tenant.Code, profile.Year - 1, resident, person, channel.Code, index);
                        break;
                    case DemoEnrollment.EnrolledThisYear when resident.BirthDate <= clock.Today:
                        AddThisYear(db, policy, profile, resident, clock, renewed: false);
                        break;
                    case DemoEnrollment.RenewedThisYear:
                        AddPaidLastYear(db, tenant.Code, profile.Year - 1, resident, person, channel.Code, index);
                        AddThisYear(db, policy, profile, resident, clock, renewed: true, person.ContinuousYears + 1);
                        break;
                    default:
                        break;
                }
            }
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return missing.Count;
    }

    private static Resident NewResident(DemoHousehold demo, DemoPerson person, Household household, IClock clock)
    {
        var id = ResidentIdNumber.FromStorage(DemoHouseholds.IdNumber(demo.Region, person));
        return new Resident
        {
            Id = Guid.CreateVersion7(),
            HouseholdId = household.Id,
            TownshipId = household.TownshipId,
            Name = person.Name,
            IdNumber = id.Value,
            BirthDate = id.BirthDate,
            Sex = id.Sex,
            Relationship = person.Relationship,
            Hukou = HukouKind.Local,
            Student = person.Student,
            Phone = person.Phone,
            CreatedAt = clock.Now,
        };
    }

    /// <summary>Paid in the concentrated window of the previous campaign, covered for the whole year.</summary>
    private static void AddPaidLastYear(AppDbContext db, string tenantCode, int year, Resident resident, DemoPerson person, string channel, int index)
    {
        var paidAt = new DateTimeOffset(year - 1, 11, 20, 9, 30, 0, TimeSpan.FromHours(8)).AddDays(index).AddMinutes(index * 7);
        var fee = PreviousYearFeeFen(year);
        var basis = $"演示数据：{year} 年度已缴费（个人缴费按当年国家最低标准 {Display.Yuan(fee)}）。";
        var enrollment = new Enrollment
        {
            Id = Guid.CreateVersion7(),
            ResidentId = resident.Id,
            HouseholdId = resident.HouseholdId,
            TownshipId = resident.TownshipId,
            Year = year,
            ProfileId = PreviousProfileId(tenantCode, year),
            Status = EnrollmentStatus.Paid,
            Circumstances = new EnrollmentCircumstances { ContinuousPriorYears = person.ContinuousYears },
            StandardFeeFen = fee,
            AmountDueFen = fee,
            Basis = basis,
            EnrolledAt = paidAt.AddDays(-3),
            BenefitStart = new DateOnly(year, 1, 1),
            BenefitEnd = new DateOnly(year, 12, 31),
            PaidAt = paidAt,
            Version = 1,
        };
        db.Enrollments.Add(enrollment);
        db.Payments.Add(new Payment
        {
            Id = Guid.CreateVersion7(),
            EnrollmentId = enrollment.Id,
            ResidentId = resident.Id,
            HouseholdId = resident.HouseholdId,
            TownshipId = resident.TownshipId,
            Channel = channel,
            Voucher = $"DEMO-{year}-{resident.IdNumber[^6..]}",
            AmountFen = fee,
            StandardFeeFen = fee,
            PaidAt = paidAt,
            RecordedAt = paidAt,
            RecordedBy = "system",
            BenefitStart = enrollment.BenefitStart.Value,
            BenefitEnd = enrollment.BenefitEnd.Value,
            Basis = basis,
        });
    }

    /// <summary>
    /// Enrolled for the current year with the policy's quote of today, awaiting payment (renewed: as 续保 leaves a
    /// previous payer, one more continuous year); left out when today is outside the county's campaign (no demo
    /// business date configured).
    /// </summary>
    private static void AddThisYear(
        AppDbContext db, PolicyGateway policy, PolicyProfileView profile, Resident resident, IClock clock, bool renewed, int continuousYears = 0)
    {
        var circumstances = new EnrollmentCircumstances { ContinuousPriorYears = continuousYears };
        var quote = policy.Quote(profile.Id, resident, [], circumstances, clock.Today);
        if (!quote.Eligible || !quote.Accepted)
        {
            return;
        }

        db.Enrollments.Add(NewEnrollment.From(resident, profile, quote, circumstances, clock, renewed));
    }
}
