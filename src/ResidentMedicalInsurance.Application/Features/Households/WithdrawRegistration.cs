using FluentValidation;
using ResidentMedicalInsurance.Domain.Households;

namespace ResidentMedicalInsurance.Application.Features.Households;

/// <summary>
/// 撤销登记: removes a resident registered by mistake, with their enrolments and certifications, while no
/// payment exists for them; the head alone takes the household with them. The audit trail keeps every
/// removed row (its entries are never deleted).
/// </summary>
[AuthorizeRoles(Roles.Counter)]
public sealed record WithdrawRegistration(Guid ResidentId) : ICommand<RegistrationWithdrawn>;

/// <summary><paramref name="HouseholdRemoved"/>: the head was the last member, so the household is gone too.</summary>
public sealed record RegistrationWithdrawn(Guid HouseholdId, bool HouseholdRemoved, string Message);

public sealed class WithdrawRegistrationValidator : AbstractValidator<WithdrawRegistration>
{
    public WithdrawRegistrationValidator() =>
        RuleFor(x => x.ResidentId).NotEmpty().WithMessage(_ => Messages.Get("Common_ResidentMissing"));
}

public sealed class WithdrawRegistrationHandler(IAppDbContext db, ICurrentUser user)
    : IRequestHandler<WithdrawRegistration, RegistrationWithdrawn>
{
    public async Task<RegistrationWithdrawn> Handle(WithdrawRegistration request, CancellationToken cancellationToken)
    {
        var resident = (await db.Residents.InScope(user)
            .FirstOrDefaultAsync(r => r.Id == request.ResidentId, cancellationToken)).Found();
        // Every payment, reversed ones too: a payment is never deleted (冲正 keeps it), and it keeps its enrolment.
        if (await db.Payments.AnyAsync(p => p.ResidentId == resident.Id, cancellationToken))
        {
            throw new AppException(Messages.Format("WithdrawRegistration_PaymentExists", resident.Name));
        }

        // A department's approved certification is history of its roster: the registration is corrected instead.
        if (await db.SubsidyCertifications.AnyAsync(c => c.ResidentId == resident.Id, cancellationToken))
        {
            throw new AppException(Messages.Format("WithdrawRegistration_Certified", resident.Name));
        }

        var household = await db.Households.FirstAsync(h => h.Id == resident.HouseholdId, cancellationToken);
        var others = await db.Residents.CountAsync(r => r.HouseholdId == household.Id && r.Id != resident.Id, cancellationToken);
        var removesHousehold = household.HeadResidentId == resident.Id || resident.Relationship == Relationship.Head;
        if (removesHousehold && others > 0)
        {
            throw new AppException(Messages.Get("WithdrawRegistration_HeadAlone"));
        }

        // 意外伤害补充保险 (ADR 0069): a paid one is the insurer's money, one only chosen goes with the registration.
        var covers = await db.AccidentCovers.Where(c => c.ResidentId == resident.Id).ToListAsync(cancellationToken);
        if (covers.Any(c => c.Status == Domain.Supplementary.AccidentCoverStatus.Paid))
        {
            throw new AppException(Accident.AccidentTexts.Format("Withdraw_Paid", resident.Name));
        }

        db.AccidentCovers.RemoveRange(covers);
        db.Enrollments.RemoveRange(await db.Enrollments.Where(e => e.ResidentId == resident.Id).ToListAsync(cancellationToken));
        db.Residents.Remove(resident);
        if (removesHousehold)
        {
            db.Households.Remove(household);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new RegistrationWithdrawn(household.Id, removesHousehold, removesHousehold
            ? Messages.Format("WithdrawRegistration_HouseholdWithdrawn", household.Number, resident.Name)
            : Messages.Format("WithdrawRegistration_Withdrawn", resident.Name));
    }
}
