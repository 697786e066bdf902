using ResidentMedicalInsurance.Application.Features.Enrollments;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Payments;
using ResidentMedicalInsurance.Domain.Refunds;

namespace ResidentMedicalInsurance.Application.Features.Refunds;

/// <summary>What the policy says about refunding a paid enrolment: the one place that asks (退费申请, 死亡或迁出登记).</summary>
public static class RefundPolicy
{
    public static async Task<RefundQuote> AskAsync(
        IAppDbContext db, IPolicyGateway policy, Enrollment enrollment, Payment payment,
        RefundReason reason, DateOnly eventDate, bool benefitsUsed, CancellationToken cancellationToken)
    {
        var resident = await db.Residents.AsNoTracking().FirstAsync(r => r.Id == enrollment.ResidentId, cancellationToken);
        var certifications = await EnrollmentContext.StoredCertifications(db, resident.Id, enrollment.Year, cancellationToken);
        return policy.Refund(enrollment.ProfileId, resident, certifications, enrollment.Circumstances,
            Display.ChinaDate(payment.PaidAt), reason, eventDate, benefitsUsed);
    }
}
