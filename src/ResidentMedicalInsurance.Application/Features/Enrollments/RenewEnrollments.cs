using FluentValidation;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Enrollments;

namespace ResidentMedicalInsurance.Application.Features.Enrollments;

/// <summary>
/// 续保: enrols for the current year, without re-registering, every resident of a household, or of a
/// township (optionally one village), who paid for the previous year. Certified categories carry
/// over; circumstances start afresh except one more consecutive year. The previous year is the tenant's previous
/// profile when it holds one (ADR 0072), else the year before; one enrolled elsewhere this year (一人一保) is skipped.
/// </summary>
[AuthorizeRoles(Roles.Counter)]
public sealed record RenewEnrollments(Guid? HouseholdId = null, Guid? TownshipId = null, string? Village = null)
    : ICommand<RenewalResult>;

public sealed record RenewalResult(int Renewed, int AlreadyEnrolled, IReadOnlyList<RenewalSkip> Skipped, string Message);

public sealed record RenewalSkip(Guid ResidentId, string Name, string MaskedIdNumber, string Reason);

public sealed class RenewEnrollmentsValidator : AbstractValidator<RenewEnrollments>
{
    public RenewEnrollmentsValidator()
    {
        RuleFor(x => x).Must(x => x.HouseholdId is not null || x.TownshipId is not null)
            .WithMessage(_ => Messages.Get("RenewEnrollments_TargetMissing"));
        RuleFor(x => x.Village).MaximumLength(64).WithMessage(_ => Messages.Get("RenewEnrollments_VillageTooLong"));
    }
}

public sealed class RenewEnrollmentsHandler(IAppDbContext db, ICurrentUser user, IClock clock, IPolicyGateway policy, IEnrolmentsElsewhere elsewhere)
    : IRequestHandler<RenewEnrollments, RenewalResult>
{
    public const int MaxBatch = 5000;

    public async Task<RenewalResult> Handle(RenewEnrollments request, CancellationToken cancellationToken)
    {
        var (_, _, profile) = await CurrentProfile.LoadAsync(db, policy, cancellationToken);
        var residents = db.Residents.InScope(user).Where(r => r.Departure == null); // died, moved out or left: not renewed
        if (request.HouseholdId is { } householdId)
        {
            _ = (await db.Households.AsNoTracking().InScope(user).FirstOrDefaultAsync(h => h.Id == householdId, cancellationToken)).Found();
            residents = residents.Where(r => r.HouseholdId == householdId);
        }

        if (request.TownshipId is { } townshipId)
        {
            if (!user.CanSee(townshipId))
            {
                throw new NotFoundException(Messages.Get("RenewEnrollments_TownshipNotFound"));
            }

            residents = residents.Where(r => r.TownshipId == townshipId);
        }

        if (!string.IsNullOrWhiteSpace(request.Village))
        {
            var village = request.Village.Trim();
            residents = residents.Where(r => db.Households.Any(h => h.Id == r.HouseholdId && h.Village == village));
        }

        var previousYear = await PreviousYearAsync(profile, cancellationToken);
        var candidates = await (
            from r in residents
            join e in db.Enrollments on r.Id equals e.ResidentId
            where e.Year == previousYear && e.Status == EnrollmentStatus.Paid
            select new { Resident = r, e.Circumstances.ContinuousPriorYears })
            .Take(MaxBatch + 1).ToListAsync(cancellationToken);
        if (candidates.Count > MaxBatch)
        {
            throw new AppException(Messages.Format("RenewEnrollments_BatchTooLarge", MaxBatch));
        }

        var ids = candidates.Select(c => c.Resident.Id).ToList();
        var enrolled = await db.Enrollments.Where(e => e.Year == profile.Year && ids.Contains(e.ResidentId))
            .Select(e => e.ResidentId).ToListAsync(cancellationToken);
        var certifications = await db.SubsidyCertifications.AsNoTracking().Live(profile.Year).Where(c => ids.Contains(c.ResidentId)).ToListAsync(cancellationToken);

        var toRenew = candidates.Where(c => !enrolled.Contains(c.Resident.Id)).ToList();
        var enrolledElsewhere = await elsewhere.EnrolledElsewhereAsync(toRenew.Select(c => c.Resident.IdNumber).ToList(), profile.Year, cancellationToken);
        var skipped = new List<RenewalSkip>();
        var renewed = 0;
        foreach (var candidate in toRenew)
        {
            var resident = candidate.Resident;
            if (enrolledElsewhere.Contains(resident.IdNumber))
            {
                skipped.Add(new RenewalSkip(resident.Id, resident.Name, Display.MaskId(resident.IdNumber), Messages.Get("RenewEnrollments_EnrolledElsewhere")));
                continue;
            }

            var circumstances = new EnrollmentCircumstances { ContinuousPriorYears = candidate.ContinuousPriorYears + 1 };
            var quote = policy.Quote(profile.Id, resident, certifications.Where(c => c.ResidentId == resident.Id), circumstances, clock.Today);
            if (!quote.Eligible)
            {
                skipped.Add(new RenewalSkip(resident.Id, resident.Name, Display.MaskId(resident.IdNumber), quote.IneligibleReason ?? Messages.Get("RenewEnrollments_Ineligible")));
                continue;
            }

            db.Enrollments.Add(NewEnrollment.From(resident, profile, quote, circumstances, clock, renewed: true));
            renewed++;
        }

        await SaveGuard.SaveAsync(db, Messages.Get("RenewEnrollments_Conflict"), cancellationToken);
        return new RenewalResult(renewed, enrolled.Count, skipped,
            Messages.Format("RenewEnrollments_Done", renewed, enrolled.Count, skipped.Count));
    }

    /// <summary>The year whose payers are renewed: the previous profile's, held beside the current one, or the year before.</summary>
    private async Task<int> PreviousYearAsync(PolicyProfileView profile, CancellationToken cancellationToken)
    {
        var previousId = await db.Tenants.AsNoTracking().Select(t => t.PreviousProfileId).FirstOrDefaultAsync(cancellationToken);
        return previousId is not null && policy.FindProfile(previousId) is { } previous && previous.Year < profile.Year
            ? previous.Year
            : profile.Year - 1;
    }
}
