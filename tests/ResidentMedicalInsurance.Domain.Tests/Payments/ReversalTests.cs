using ResidentMedicalInsurance.Domain.Common;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Payments;

namespace ResidentMedicalInsurance.Domain.Tests.Payments;

/// <summary>冲正: a payment is reversed once, the enrolment goes back to 待缴费, and the reversal request is decided once.</summary>
public sealed class ReversalTests
{
    private static readonly DateTimeOffset Noon = new(2019, 12, 5, 12, 0, 0, TimeSpan.FromHours(8));

    private static Payment InForce(Guid enrollmentId) => new()
    {
        Id = Guid.NewGuid(), EnrollmentId = enrollmentId, Channel = "cash", Voucher = "V1", AmountFen = 25000, PaidAt = Noon,
        BenefitStart = new(2020, 1, 1), BenefitEnd = new(2020, 12, 31),
    };

    private static (Enrollment Enrollment, Payment Payment) Paid()
    {
        var enrollment = new Enrollment { Id = Guid.NewGuid(), ProfileId = "youxi-2020", Year = 2020, Version = 3 };
        var payment = InForce(enrollment.Id);
        enrollment.RecordPayment(payment);
        return (enrollment, payment);
    }

    [Fact]
    public void The_paid_day_is_the_China_calendar_day_of_the_paid_time()
    {
        var payment = InForce(Guid.NewGuid());
        payment.PaidAt = new DateTimeOffset(2019, 12, 31, 16, 30, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2020, 1, 1), payment.PaidOn);
    }

    [Fact]
    public void A_payment_is_reversed_once_with_its_reversal_and_time()
    {
        var payment = InForce(Guid.NewGuid());
        var reversalId = Guid.NewGuid();

        payment.Reverse(reversalId, Noon);

        Assert.Equal((PaymentStatus.Reversed, Noon, reversalId), (payment.Status, payment.ReversedAt!.Value, payment.ReversalId!.Value));
        Assert.Equal("该笔缴费已冲正，不能再次冲正。", Assert.Throws<DomainException>(() => payment.Reverse(Guid.NewGuid(), Noon.AddDays(1))).Message);
        Assert.Equal((Noon, reversalId), (payment.ReversedAt!.Value, payment.ReversalId!.Value));
    }

    [Fact]
    public void Reversing_the_payment_puts_the_enrolment_back_to_awaiting_payment_without_a_period()
    {
        var (enrollment, payment) = Paid();

        enrollment.ReversePayment(payment);

        Assert.Equal(EnrollmentStatus.AwaitingPayment, enrollment.Status);
        Assert.Null(enrollment.PaidAt);
        Assert.Null(enrollment.BenefitStart);
        Assert.Null(enrollment.BenefitEnd);
        Assert.Equal(5, enrollment.Version);
    }

    [Fact]
    public void Another_enrolments_payment_is_not_reversed_here()
    {
        var (enrollment, _) = Paid();

        var refused = Assert.Throws<DomainException>(() => enrollment.ReversePayment(InForce(Guid.NewGuid())));

        Assert.Equal("该参保登记当前不是已缴费状态，不能冲正。", refused.Message);
        Assert.Equal((EnrollmentStatus.Paid, 4), (enrollment.Status, enrollment.Version));
    }

    [Fact]
    public void An_unpaid_enrolment_has_nothing_to_reverse_and_an_ended_one_asks_for_the_refund_first()
    {
        var awaiting = new Enrollment { Id = Guid.NewGuid(), ProfileId = "youxi-2020", Year = 2020 };
        Assert.Equal("该参保登记当前不是已缴费状态，不能冲正。",
            Assert.Throws<DomainException>(() => awaiting.ReversePayment(InForce(awaiting.Id))).Message);

        var (ended, payment) = Paid();
        ended.End(Noon);
        Assert.Equal("该参保登记已终止，不能冲正其缴费；请先处理退费记录。",
            Assert.Throws<DomainException>(() => ended.ReversePayment(payment)).Message);
        Assert.Equal(EnrollmentStatus.Ended, ended.Status);
    }

    private static PaymentReversal Pending() => new() { Id = Guid.NewGuid(), Reason = "凭证号录错", Status = ReversalStatus.Pending };

    [Fact]
    public void A_reversal_request_is_approved_once_with_who_when_and_the_trimmed_note()
    {
        var approved = Pending();

        approved.Approve("county-youxi", Noon, "  核实无误 ");

        Assert.Equal((ReversalStatus.Approved, "county-youxi", Noon, "核实无误"),
            (approved.Status, approved.DecidedBy, approved.DecidedAt!.Value, approved.DecisionNote));
        Assert.Equal("该冲正申请已批准，不能再次审核。", Assert.Throws<DomainException>(() => approved.Reject("other", Noon, "重复")).Message);
        Assert.Equal(ReversalStatus.Approved, approved.Status);
    }

    [Fact]
    public void A_blank_approval_note_is_kept_as_none()
    {
        var approved = Pending();

        approved.Approve("county-youxi", Noon, "   ");

        Assert.Null(approved.DecisionNote);
    }

    [Fact]
    public void A_rejected_reversal_request_keeps_its_reason_and_is_not_decided_again()
    {
        var rejected = Pending();

        rejected.Reject("county-youxi", Noon, " 凭证号无误 ");

        Assert.Equal((ReversalStatus.Rejected, "county-youxi", Noon, "凭证号无误"),
            (rejected.Status, rejected.DecidedBy, rejected.DecidedAt!.Value, rejected.DecisionNote));
        Assert.Equal("该冲正申请已驳回，不能再次审核。", Assert.Throws<DomainException>(() => rejected.Approve("other", Noon, null)).Message);
        Assert.Equal(ReversalStatus.Rejected, rejected.Status);
    }

    [Fact]
    public void A_reversal_rejection_needs_its_reason()
    {
        var request = Pending();

        Assert.Equal("驳回冲正申请时请填写驳回原因。", Assert.Throws<DomainException>(() => request.Reject("county-youxi", Noon, " ")).Message);
        Assert.Equal(ReversalStatus.Pending, request.Status);
        Assert.Null(request.DecidedAt);
    }
}
