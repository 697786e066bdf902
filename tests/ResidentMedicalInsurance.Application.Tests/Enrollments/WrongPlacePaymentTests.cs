using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Enrollments;
using ResidentMedicalInsurance.Application.Features.Payments;
using ResidentMedicalInsurance.Application.Tests.Support;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;

namespace ResidentMedicalInsurance.Application.Tests.Enrollments;

/// <summary>
/// 石政办函〔2020〕47号 六(四): one who paid in the wrong region and pays again in Shiquan keeps the first payment date for the
/// benefit period; the clerk records that date on the enrolment (错缴异地首次缴费日期) and the payment's period follows it.
/// </summary>
public sealed class WrongPlacePaymentTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_payment_after_the_window_counts_from_the_first_payment_made_in_the_wrong_region(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        world.Clock.Now = new DateTimeOffset(2021, 3, 15, 10, 0, 0, TimeSpan.FromHours(8));
        var wrongPlace = await EnrolAndPay(world, "W1", new EnrollmentCircumstances { FirstPaidElsewhereOn = new DateOnly(2020, 12, 10) }, "V-W1");
        var ordinary = await EnrolAndPay(world, "W2", new EnrollmentCircumstances(), "V-W2");

        Assert.Equal(new DateOnly(2021, 1, 1), wrongPlace.BenefitStart);
        Assert.Equal(new DateOnly(2021, 4, 1), ordinary.BenefitStart);
        Assert.Equal(280_00, wrongPlace.AmountFen);

        // A first payment after today is not a first payment.
        var future = new EnrollmentCircumstances { FirstPaidElsewhereOn = new DateOnly(2021, 3, 16) };
        await Assert.ThrowsAsync<InputValidationException>(() => EnrolAndPay(world, "W3", future, "V-W3"));
    }

    private static async Task<PaymentRecorded> EnrolAndPay(ClerkWorld world, string number, EnrollmentCircumstances circumstances, string voucher)
    {
        var reg = await world.RegisterHousehold(world.OtherTenantClerk, world.ShiquanChengguan, number);
        var enrolled = await world.Send(world.OtherTenantClerk, new EnrollResident(reg.ResidentId, new EnrollmentInput { Circumstances = circumstances }));
        return await world.Send(world.OtherTenantClerk, new RecordPayment
        {
            EnrollmentId = enrolled.EnrollmentId, Channel = "rural-bank", Voucher = voucher, PaidAt = world.Clock.Now.AddHours(-1), AmountFen = 280_00,
        });
    }
}
