using Microsoft.EntityFrameworkCore;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Enrollments;
using ResidentMedicalInsurance.Application.Features.Households;
using ResidentMedicalInsurance.Application.Tests.Support;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Households;

namespace ResidentMedicalInsurance.Application.Tests.Enrollments;

public sealed class EnrollmentTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Preview_shows_eligibility_fee_quote_and_benefit_period_with_basis_and_saves_nothing(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var reg = await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H001");

        var quote = await world.Send(world.ClerkA, new PreviewEnrollment(reg.ResidentId, new EnrollmentInput()));

        Assert.True(quote.Eligible);
        Assert.True(quote.Accepted);
        Assert.Equal("youxi-2020", quote.ProfileId);
        Assert.Equal(250_00, quote.StandardFeeFen);
        Assert.Equal(250_00, quote.AmountDueFen);
        Assert.Equal("250.00 元", quote.AmountDueText);
        Assert.Equal(new DateOnly(2020, 1, 1), quote.BenefitStart);
        Assert.Equal(new DateOnly(2020, 12, 31), quote.BenefitEnd);
        Assert.Contains(quote.Basis, b => b.Contains("尤政办〔2019〕45号", StringComparison.Ordinal));
        Assert.Equal(0, await world.CountAll<Enrollment>());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Enrol_with_a_certified_category_records_the_subsidy_and_a_second_enrolment_finds_the_first(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var idNumber = People.IdNumber(new DateOnly(1980, 5, 6));
        var reg = await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H001", idNumber: idNumber);
        await world.Certify(idNumber, "张三", "canji", new DateOnly(2019, 6, 1), "残联");
        var input = new EnrollmentInput();

        var saved = await world.Send(world.ClerkA, new EnrollResident(reg.ResidentId, input));
        var again = await world.Send(world.ClerkA, new EnrollResident(reg.ResidentId, input));

        Assert.False(saved.AlreadyEnrolled);
        Assert.Equal(0, saved.Quote.AmountDueFen);
        Assert.Equal(250_00, saved.Quote.SubsidyFen);
        Assert.Contains("残疾人", saved.Quote.SubsidyText);
        Assert.Contains(saved.Quote.Basis, b => b.Contains("残联认定", StringComparison.Ordinal) && b.Contains("名单.csv", StringComparison.Ordinal));
        Assert.True(again.AlreadyEnrolled);
        Assert.Equal(saved.EnrollmentId, again.EnrollmentId);
        var enrollment = await world.Read(world.ClerkA, db => db.Enrollments.SingleAsync());
        Assert.Equal(2020, enrollment.Year);
        Assert.Equal("canji", enrollment.SubsidyCode);
        Assert.Equal(1, await world.CountAll<SubsidyCertification>());

        var form = await world.Send(world.ClerkA, new GetRegistrationForm(saved.EnrollmentId));
        Assert.Equal("待缴费", form.StatusText);
        Assert.Contains("残疾人", Assert.Single(form.Categories));
        Assert.NotEmpty(form.Basis);
        Assert.Equal("0.00 元", form.AmountDueText);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Ineligible_residents_and_bad_enrolment_input_are_refused_and_nothing_is_saved(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var reg = await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H001");
        var member = await world.Send(world.ClerkA, new AddHouseholdMember(reg.HouseholdId,
            People.Person("职工", People.IdNumber(new DateOnly(1985, 1, 1)), Relationship.Spouse) with { EmployeeInsurance = true }));

        var ineligible = await Assert.ThrowsAsync<AppException>(() => world.Send(world.ClerkA, new EnrollResident(member.ResidentId, new EnrollmentInput())));
        Assert.Contains("职工", ineligible.Message);
        Assert.Contains("依据", ineligible.Message);

        var future = await Assert.ThrowsAsync<InputValidationException>(() => world.Send(world.ClerkA, new EnrollResident(reg.ResidentId,
            new EnrollmentInput
            {
                Circumstances = new EnrollmentCircumstances { ContinuousPriorYears = -1, PovertyConfirmedOn = world.Clock.Today.AddDays(3) },
            })));
        Assert.Contains("连续参保年数应在 0 至 60 之间。", future.Errors);
        Assert.Contains("建档立卡认定日期不能晚于今天，也不能早于 1990 年。", future.Errors);

        Assert.Equal(0, await world.CountAll<Enrollment>());
        Assert.Equal(0, await world.CountAll<SubsidyCertification>());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Renewal_enrols_last_years_payers_of_a_household_or_village_once(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var paid = await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H001");
        var unpaid = await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H002");
        await world.Read(world.ClerkA, async db =>
        {
            foreach (var (reg, status) in new[] { (paid, EnrollmentStatus.Paid), (unpaid, EnrollmentStatus.AwaitingPayment) })
            {
                db.Enrollments.Add(new Enrollment
                {
                    Id = Guid.CreateVersion7(), ResidentId = reg.ResidentId, HouseholdId = reg.HouseholdId, TownshipId = world.Chengguan,
                    Year = 2019, ProfileId = "youxi-2019", Status = status, Circumstances = new EnrollmentCircumstances { ContinuousPriorYears = 3 },
                });
            }

            return await db.SaveChangesAsync();
        });

        var byVillage = await world.Send(world.ClerkA, new RenewEnrollments(TownshipId: world.Chengguan, Village: "城东村"));
        var again = await world.Send(world.ClerkA, new RenewEnrollments(HouseholdId: paid.HouseholdId));

        Assert.Equal(1, byVillage.Renewed);
        Assert.Equal(0, again.Renewed);
        Assert.Equal(1, again.AlreadyEnrolled);
        var renewed = await world.Read(world.ClerkA, db => db.Enrollments.SingleAsync(e => e.Year == 2020));
        Assert.Equal(paid.ResidentId, renewed.ResidentId);
        Assert.True(renewed.Renewed);
        Assert.Equal(4, renewed.Circumstances.ContinuousPriorYears);
        Assert.Equal(250_00, renewed.AmountDueFen);

        await Assert.ThrowsAsync<InputValidationException>(() => world.Send(world.ClerkA, new RenewEnrollments()));
        await Assert.ThrowsAsync<NotFoundException>(() => world.Send(world.ClerkB, new RenewEnrollments(TownshipId: world.Chengguan)));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Options_list_the_current_profile_townships_in_scope_and_the_countys_channels(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);

        var clerk = await world.Send(world.ClerkA, new GetClerkOptions());
        var county = await world.Send(world.CountyStaff, new GetClerkOptions());

        Assert.Equal("城关镇", Assert.Single(clerk.Townships).Label);
        Assert.Equal(2, county.Townships.Count);
        Assert.Equal(2020, clerk.Profile.Year);
        Assert.Contains(clerk.Profile.Categories, c => c.Code == "canji");
        Assert.Contains(clerk.PaymentChannels, c => c.Code == "wechat" && c.Clause.Contains("六(一)", StringComparison.Ordinal));
    }
}
