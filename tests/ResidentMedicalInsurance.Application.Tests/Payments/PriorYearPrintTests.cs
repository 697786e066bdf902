using ResidentMedicalInsurance.Application.Features.Enrollments;
using ResidentMedicalInsurance.Application.Features.Payments;
using ResidentMedicalInsurance.Application.Tests.Support;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Payments;
using ResidentMedicalInsurance.Policies;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;

namespace ResidentMedicalInsurance.Application.Tests.Payments;

/// <summary>Last year's receipt and registration form print from what was stored, also without that year's policy profile.</summary>
public sealed class PriorYearPrintTests
{
    private const string NotInstalled = "youxi-2019";

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_prior_year_without_a_profile_prints_its_receipt_and_form_from_the_stored_records(DatabaseProvider provider)
    {
        Assert.Null(PolicyCatalog.Find(NotInstalled));
        await using var world = await ClerkWorld.CreateAsync(provider);
        var reg = await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H001");
        var (enrollmentId, paymentId) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var paidAt = new DateTimeOffset(2018, 11, 20, 9, 30, 0, TimeSpan.FromHours(8));
        await world.Read(world.ClerkA, db =>
        {
            db.Enrollments.Add(new Enrollment
            {
                Id = enrollmentId, TenantId = world.YouxiId, ResidentId = reg.ResidentId, HouseholdId = reg.HouseholdId,
                TownshipId = world.Chengguan, Year = 2019, ProfileId = NotInstalled, Status = EnrollmentStatus.Paid,
                StandardFeeFen = 220_00, SubsidyFen = 100_00, SubsidyCode = "dibao", AmountDueFen = 120_00,
                Basis = "尤医保〔2018〕12号 第三条", EnrolledAt = paidAt.AddDays(-3),
                BenefitStart = new DateOnly(2019, 1, 1), BenefitEnd = new DateOnly(2019, 12, 31), PaidAt = paidAt, Version = 1,
            });
            db.Payments.Add(new Payment
            {
                Id = paymentId, TenantId = world.YouxiId, EnrollmentId = enrollmentId, ResidentId = reg.ResidentId,
                HouseholdId = reg.HouseholdId, TownshipId = world.Chengguan, Channel = "wechat", Voucher = "V-2019-1",
                AmountFen = 120_00, StandardFeeFen = 220_00, SubsidyFen = 100_00, SubsidyCode = "dibao", PaidAt = paidAt,
                RecordedAt = paidAt, RecordedBy = "clerk-chengguan", BenefitStart = new DateOnly(2019, 1, 1),
                BenefitEnd = new DateOnly(2019, 12, 31), Basis = "尤医保〔2018〕12号 第三条",
            });
            return db.SaveChangesAsync();
        });

        var receipt = await world.Send(world.ClerkA, new GetReceipt(paymentId));
        var form = await world.Send(world.ClerkA, new GetRegistrationForm(enrollmentId));

        Assert.Equal(("尤溪县2019年度城乡居民医保", 2019), (receipt.ProfileTitle, receipt.Year));
        Assert.Equal(("120.00 元", "220.00 元", "100.00 元（dibao）"), (receipt.AmountText, receipt.StandardFeeText, receipt.SubsidyText));
        Assert.Equal("2019年1月1日 至 2019年12月31日", receipt.BenefitPeriodText);
        Assert.Equal(["尤医保〔2018〕12号 第三条"], receipt.Basis);
        Assert.Equal(("尤溪县2019年度城乡居民医保", "已缴费", "120.00 元"), (form.ProfileTitle, form.StatusText, form.AmountDueText));
        Assert.Equal((paymentId, "100.00 元（dibao）"), (form.PaymentId, form.SubsidyText));
    }
}
