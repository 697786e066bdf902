using ResidentMedicalInsurance.Application.Features.Enrollments;
using ResidentMedicalInsurance.Application.Policy;

namespace ResidentMedicalInsurance.Application.Features.Payments;

/// <summary>
/// 缴费试算 for the payment form: what a payment of this enrolment on <paramref name="PaidOn"/> must
/// amount to and the benefit period it would fix (the fee can change with the date). Saves nothing.
/// </summary>
[AuthorizeRoles(Roles.Counter)]
public sealed record PreviewPayment(Guid EnrollmentId, DateOnly PaidOn) : IQuery<PolicyQuote>;

public sealed class PreviewPaymentHandler(IAppDbContext db, ICurrentUser user, IPolicyGateway policy)
    : IRequestHandler<PreviewPayment, PolicyQuote>
{
    public async Task<PolicyQuote> Handle(PreviewPayment request, CancellationToken cancellationToken)
    {
        var enrollment = (await db.Enrollments.AsNoTracking().InScope(user)
            .FirstOrDefaultAsync(e => e.Id == request.EnrollmentId, cancellationToken)).Found();
        var resident = await db.Residents.AsNoTracking().FirstAsync(r => r.Id == enrollment.ResidentId, cancellationToken);
        var certifications = await EnrollmentContext.StoredCertifications(db, resident.Id, enrollment.Year, cancellationToken);
        return policy.Quote(enrollment.ProfileId, resident, certifications, enrollment.Circumstances, request.PaidOn);
    }
}
