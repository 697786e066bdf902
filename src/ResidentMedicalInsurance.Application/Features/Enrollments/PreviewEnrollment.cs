using FluentValidation;
using ResidentMedicalInsurance.Application.Policy;

namespace ResidentMedicalInsurance.Application.Features.Enrollments;

/// <summary>
/// 参保预审: before saving, shows eligibility with its basis, the fee quote (standard fee, subsidy,
/// amount due) and the benefit period that a payment today would give. Saves nothing.
/// </summary>
[AuthorizeRoles(Roles.Counter)]
public sealed record PreviewEnrollment(Guid ResidentId, EnrollmentInput Input) : IQuery<PolicyQuote>;

public sealed class PreviewEnrollmentValidator : AbstractValidator<PreviewEnrollment>
{
    public PreviewEnrollmentValidator(IClock clock)
    {
        RuleFor(x => x.ResidentId).NotEmpty().WithMessage(_ => Messages.Get("PreviewEnrollment_ResidentMissing"));
        RuleFor(x => x.Input).NotNull().SetValidator(new EnrollmentInputValidator(clock));
    }
}

public sealed class PreviewEnrollmentHandler(IAppDbContext db, ICurrentUser user, IClock clock, IPolicyGateway policy)
    : IRequestHandler<PreviewEnrollment, PolicyQuote>
{
    public async Task<PolicyQuote> Handle(PreviewEnrollment request, CancellationToken cancellationToken)
    {
        var resident = await EnrollmentContext.ResidentInScope(db, user, request.ResidentId, cancellationToken);
        var (_, _, profile) = await CurrentProfile.LoadAsync(db, policy, cancellationToken);
        var certifications = await EnrollmentContext.StoredCertifications(db, resident.Id, profile.Year, cancellationToken);
        return policy.Quote(profile.Id, resident, certifications, request.Input.Circumstances, clock.Today);
    }
}
