using ResidentMedicalInsurance.Domain.Payments;

namespace ResidentMedicalInsurance.Application.Features.Common;

/// <summary>
/// The payments that count: in force, not reversed (冲正, ADR 0059). An enrolment has at most one payment in force
/// (the unique index is filtered the same way), while its reversed payments stay on record for the receipt and the audit.
/// </summary>
public static class InForce
{
    public static IQueryable<Payment> InForcePayments(this IQueryable<Payment> payments) =>
        payments.Where(p => p.Status == PaymentStatus.InForce);
}
