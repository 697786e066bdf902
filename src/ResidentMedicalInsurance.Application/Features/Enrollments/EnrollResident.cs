using FluentValidation;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Enrollments;

namespace ResidentMedicalInsurance.Application.Features.Enrollments;

/// <summary>参保登记 for the current insurance year under the tenant's current profile.</summary>
[AuthorizeRoles(Roles.Counter)]
public sealed record EnrollResident(Guid ResidentId, EnrollmentInput Input) : ICommand<EnrollmentSaved>;

public sealed record EnrollmentSaved(Guid EnrollmentId, bool AlreadyEnrolled, string Message, PolicyQuote Quote);

public sealed class EnrollResidentValidator : AbstractValidator<EnrollResident>
{
    public EnrollResidentValidator(IClock clock)
    {
        RuleFor(x => x.ResidentId).NotEmpty().WithMessage("请先选择参保人。");
        RuleFor(x => x.Input).NotNull().SetValidator(new EnrollmentInputValidator(clock));
    }
}

public sealed class EnrollResidentHandler(IAppDbContext db, ICurrentUser user, IClock clock, IPolicyGateway policy, IEnrolmentsElsewhere elsewhere)
    : IRequestHandler<EnrollResident, EnrollmentSaved>
{
    public async Task<EnrollmentSaved> Handle(EnrollResident request, CancellationToken cancellationToken)
    {
        var resident = await EnrollmentContext.ResidentInScope(db, user, request.ResidentId, cancellationToken);
        var (_, _, profile) = await CurrentProfile.LoadAsync(db, policy, cancellationToken);
        return await new ResidentEnrolment(db, clock, policy, elsewhere).EnrolAsync(resident, profile, request.Input, cancellationToken);
    }
}
