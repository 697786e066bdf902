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
        RuleFor(x => x.ResidentId).NotEmpty().WithMessage("请先选择居民。");
}

public sealed class WithdrawRegistrationHandler(IAppDbContext db, ICurrentUser user)
    : IRequestHandler<WithdrawRegistration, RegistrationWithdrawn>
{
    public async Task<RegistrationWithdrawn> Handle(WithdrawRegistration request, CancellationToken cancellationToken)
    {
        var resident = (await db.Residents.InScope(user)
            .FirstOrDefaultAsync(r => r.Id == request.ResidentId, cancellationToken)).Found();
        if (await db.Payments.AnyAsync(p => p.ResidentId == resident.Id, cancellationToken))
        {
            throw new AppException($"{resident.Name} 已有缴费记录，不能撤销登记；如属误缴，请办理退费申请。");
        }

        var household = await db.Households.FirstAsync(h => h.Id == resident.HouseholdId, cancellationToken);
        var others = await db.Residents.CountAsync(r => r.HouseholdId == household.Id && r.Id != resident.Id, cancellationToken);
        var removesHousehold = household.HeadResidentId == resident.Id || resident.Relationship == Relationship.Head;
        if (removesHousehold && others > 0)
        {
            throw new AppException("户主不能单独撤销登记：请先撤销其他成员的登记，或联系县医保局变更户主。");
        }

        db.Enrollments.RemoveRange(await db.Enrollments.Where(e => e.ResidentId == resident.Id).ToListAsync(cancellationToken));
        db.SubsidyCertifications.RemoveRange(
            await db.SubsidyCertifications.Where(c => c.ResidentId == resident.Id).ToListAsync(cancellationToken));
        db.Residents.Remove(resident);
        if (removesHousehold)
        {
            db.Households.Remove(household);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new RegistrationWithdrawn(household.Id, removesHousehold, removesHousehold
            ? $"已撤销户 {household.Number} 的登记（户主 {resident.Name}）。"
            : $"已撤销 {resident.Name} 的登记。");
    }
}
