using ResidentMedicalInsurance.Domain.Common;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Payments;
using ResidentMedicalInsurance.Domain.Refunds;

namespace ResidentMedicalInsurance.Domain.Tests.Enrollments;

/// <summary>Enrolments and refunds change state only through their methods, which keep the invariants and bump the version.</summary>
public sealed class StateChangeTests
{
    private static readonly DateTimeOffset Noon = new(2019, 12, 5, 12, 0, 0, TimeSpan.FromHours(8));

    private static Enrollment Awaiting() => new() { Id = Guid.NewGuid(), ProfileId = "youxi-2020", Year = 2020, AmountDueFen = 25000, Version = 3 };

    private static Payment PaymentOf(Enrollment e) => new()
    {
        Id = Guid.NewGuid(), EnrollmentId = e.Id, Channel = "cash", Voucher = "V1", AmountFen = 22000, StandardFeeFen = 25000,
        SubsidyFen = 3000, SubsidyCode = "low-income", PaidAt = Noon, BenefitStart = new(2020, 1, 1), BenefitEnd = new(2020, 12, 31), Basis = "八(一)",
    };

    [Fact]
    public void Recording_a_payment_fixes_the_benefit_period_and_takes_the_payments_amounts()
    {
        var enrollment = Awaiting();
        var payment = PaymentOf(enrollment);

        enrollment.RecordPayment(payment);

        Assert.Equal(EnrollmentStatus.Paid, enrollment.Status);
        Assert.Equal((Noon, payment.BenefitStart, payment.BenefitEnd), (enrollment.PaidAt!.Value, enrollment.BenefitStart!.Value, enrollment.BenefitEnd!.Value));
        Assert.Equal((22000L, 25000L, 3000L, "low-income", "八(一)"), (enrollment.AmountDueFen!.Value, enrollment.StandardFeeFen!.Value, enrollment.SubsidyFen!.Value, enrollment.SubsidyCode, enrollment.Basis));
        Assert.Equal(4, enrollment.Version);
    }

    [Fact]
    public void A_paid_or_ended_enrolment_takes_no_payment_and_another_enrolments_payment_is_refused()
    {
        var paid = Awaiting();
        paid.RecordPayment(PaymentOf(paid));
        Assert.Equal("该参保登记已缴费，不能重复缴费。", Assert.Throws<DomainException>(() => paid.RecordPayment(PaymentOf(paid))).Message);

        var ended = Awaiting();
        ended.End(Noon);
        Assert.Contains("已终止", Assert.Throws<DomainException>(() => ended.RecordPayment(PaymentOf(ended))).Message, StringComparison.Ordinal);

        var other = Awaiting();
        Assert.Throws<DomainException>(() => other.RecordPayment(PaymentOf(Awaiting())));
        Assert.Equal(EnrollmentStatus.AwaitingPayment, other.Status);
        Assert.Equal(3, other.Version);
    }

    [Fact]
    public void Ending_an_enrolment_stamps_the_time_once()
    {
        var enrollment = Awaiting();
        enrollment.End(Noon);

        Assert.Equal((EnrollmentStatus.Ended, Noon, 4), (enrollment.Status, enrollment.EndedAt!.Value, enrollment.Version));
        Assert.Throws<DomainException>(() => enrollment.End(Noon.AddDays(1)));
        Assert.Equal(Noon, enrollment.EndedAt);
    }

    private static Refund Pending() => new() { Id = Guid.NewGuid(), AmountFen = 25000, Status = RefundStatus.Pending };

    [Fact]
    public void A_refund_is_decided_once_with_who_when_and_the_note()
    {
        var approved = Pending();
        approved.Approve("county-youxi", Noon, "  材料齐全 ");
        Assert.Equal((RefundStatus.Approved, "county-youxi", Noon, "材料齐全"), (approved.Status, approved.DecidedBy, approved.DecidedAt!.Value, approved.DecisionNote));
        Assert.Equal("该退费申请已批准，不能再次审核。", Assert.Throws<DomainException>(() => approved.Reject("other", Noon, "迟到")).Message);

        var rejected = Pending();
        rejected.Reject("county-youxi", Noon, "缺少死亡证明");
        Assert.Equal("该退费申请已驳回，不能再次审核。", Assert.Throws<DomainException>(() => rejected.Approve("other", Noon, null)).Message);
    }

    [Fact]
    public void A_rejection_needs_its_reason()
    {
        var refund = Pending();
        Assert.Throws<DomainException>(() => refund.Reject("county-youxi", Noon, " "));
        Assert.Equal(RefundStatus.Pending, refund.Status);
    }
}
