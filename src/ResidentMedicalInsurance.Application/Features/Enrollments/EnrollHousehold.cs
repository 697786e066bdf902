using FluentValidation;
using ResidentMedicalInsurance.Application.Policy;

namespace ResidentMedicalInsurance.Application.Features.Enrollments;

/// <summary>
/// 以户参保: enrols several members of one household at once. Where the profile has a household rule
/// (连政办发〔2007〕149号 第二条) every eligible member who does not defer must be in the same
/// registration or already enrolled; otherwise the command is refused naming them and saves nothing.
/// </summary>
[AuthorizeRoles(Roles.Counter)]
public sealed record EnrollHousehold(Guid HouseholdId, IReadOnlyList<MemberEnrollment> Members) : ICommand<HouseholdEnrollment>;

/// <summary>One member's form; <paramref name="Deferring"/> marks 暂不参保 (e.g. children of city staff, 2008).</summary>
public sealed record MemberEnrollment(Guid ResidentId, EnrollmentInput Input, bool Deferring = false);

public sealed record HouseholdEnrollment(IReadOnlyList<EnrollmentSaved> Enrolled, string Message);

public sealed class EnrollHouseholdValidator : AbstractValidator<EnrollHousehold>
{
    public EnrollHouseholdValidator(IClock clock)
    {
        RuleFor(x => x.HouseholdId).NotEmpty().WithMessage(_ => Messages.Get("Common_HouseholdMissing"));
        RuleFor(x => x.Members).NotEmpty().WithMessage(_ => Messages.Get("EnrollHousehold_MembersMissing"))
            .Must(m => m.Select(x => x.ResidentId).Distinct().Count() == m.Count).WithMessage(_ => Messages.Get("EnrollHousehold_MemberRepeated"));
        RuleForEach(x => x.Members).ChildRules(m => m.RuleFor(x => x.Input).NotNull().SetValidator(new EnrollmentInputValidator(clock)));
    }
}

public sealed class EnrollHouseholdHandler(IAppDbContext db, ICurrentUser user, IClock clock, IPolicyGateway policy, IEnrolmentsElsewhere elsewhere)
    : IRequestHandler<EnrollHousehold, HouseholdEnrollment>
{
    public async Task<HouseholdEnrollment> Handle(EnrollHousehold request, CancellationToken cancellationToken)
    {
        var household = (await db.Households.AsNoTracking().InScope(user)
            .FirstOrDefaultAsync(h => h.Id == request.HouseholdId, cancellationToken)).Found();
        var (_, _, profile) = await CurrentProfile.LoadAsync(db, policy, cancellationToken);
        var residents = await db.Residents.AsNoTracking().Where(r => r.HouseholdId == household.Id).ToListAsync(cancellationToken);
        if (request.Members.Any(m => residents.All(r => r.Id != m.ResidentId)))
        {
            throw new NotFoundException(Messages.Get("EnrollHousehold_MemberNotInHousehold"));
        }

        // An enrolment ended by refund still counts as registered here: the household rule must not demand
        // re-enrolling a member who died or moved out; a clerk may still re-enrol them by choice.
        var enrolled = await db.Enrollments.Where(e => e.HouseholdId == household.Id && e.Year == profile.Year)
            .Select(e => e.ResidentId).ToListAsync(cancellationToken);
        var facts = residents.Where(r => r.Departure is null).Select(r =>
        {
            var form = request.Members.FirstOrDefault(m => m.ResidentId == r.Id);
            var quote = policy.Quote(profile.Id, r, [], form?.Input.Circumstances ?? new(), clock.Today);
            return new HouseholdMemberFacts(r.Name, quote.Eligible, form?.Deferring == true,
                enrolled.Contains(r.Id) || (form is not null && !form.Deferring));
        }).ToList();
        var missing = policy.MissingHouseholdMembers(profile.Id, facts);
        if (missing.Count > 0)
        {
            throw new InputValidationException(missing);
        }

        // Each member is enrolled as EnrollResident would, in this command's one transaction.
        var enrolment = new ResidentEnrolment(db, clock, policy, elsewhere);
        var saved = new List<EnrollmentSaved>();
        foreach (var member in request.Members.Where(m => !m.Deferring))
        {
            saved.Add(await enrolment.EnrolAsync(residents.Single(r => r.Id == member.ResidentId), profile, member.Input, cancellationToken));
        }

        return new HouseholdEnrollment(saved, Texts.Format("Household_Enrolled", household.Number, saved.Count(s => !s.AlreadyEnrolled)));
    }
}
