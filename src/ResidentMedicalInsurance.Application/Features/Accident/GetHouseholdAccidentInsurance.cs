using ResidentMedicalInsurance.Application.Features.Payments;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Supplementary;

namespace ResidentMedicalInsurance.Application.Features.Accident;

/// <summary>
/// The household's accident insurance of the year for the household page: the product (null where the profile offers
/// none: the page shows nothing), the insurer's channels, and each member's cover or that they have none.
/// </summary>
[AuthorizeRoles(Roles.ResidentReaders)]
public sealed record GetHouseholdAccidentInsurance(Guid HouseholdId) : IQuery<HouseholdAccidentInsurance>;

public sealed record HouseholdAccidentInsurance(
    Guid HouseholdId, int Year, AccidentProductView? Product, IReadOnlyList<PaymentChannel> Channels, IReadOnlyList<AccidentMember> Members);

/// <summary>A member with their cover of the year (<paramref name="CoverId"/> null: none chosen); <paramref name="Enrolled"/>: may choose one.</summary>
public sealed record AccidentMember(
    Guid ResidentId, string Name, string MaskedIdNumber, bool Enrolled, Guid? CoverId, AccidentCoverStatus? Status, string StatusText,
    string PremiumText, string? Voucher, string? PaidAtText);

public sealed class GetHouseholdAccidentInsuranceHandler(IAppDbContext db, ICurrentUser user, IPolicyGateway policy)
    : IRequestHandler<GetHouseholdAccidentInsurance, HouseholdAccidentInsurance>
{
    public async Task<HouseholdAccidentInsurance> Handle(GetHouseholdAccidentInsurance request, CancellationToken cancellationToken)
    {
        var household = (await db.Households.AsNoTracking().InScope(user)
            .FirstOrDefaultAsync(h => h.Id == request.HouseholdId, cancellationToken)).Found();
        var (_, _, profile) = await CurrentProfile.LoadAsync(db, policy, cancellationToken);
        if (profile.AccidentInsurance is not { } product)
        {
            return new HouseholdAccidentInsurance(household.Id, profile.Year, null, [], []);
        }

        var residents = await db.Residents.AsNoTracking().Where(r => r.HouseholdId == household.Id)
            .OrderBy(r => r.Relationship).ThenBy(r => r.BirthDate).Select(r => new { r.Id, r.Name, r.IdNumber }).ToListAsync(cancellationToken);
        var enrolled = await db.Enrollments.AsNoTracking()
            .Where(e => e.HouseholdId == household.Id && e.Year == profile.Year && e.Status != EnrollmentStatus.Ended)
            .Select(e => e.ResidentId).ToListAsync(cancellationToken);
        var covers = await db.AccidentCovers.AsNoTracking().Where(c => c.HouseholdId == household.Id && c.Year == profile.Year)
            .ToDictionaryAsync(c => c.ResidentId, cancellationToken);
        var members = residents.Select(r =>
        {
            var cover = covers.GetValueOrDefault(r.Id);
            return new AccidentMember(
                r.Id, r.Name, Display.MaskId(r.IdNumber), enrolled.Contains(r.Id), cover?.Id, cover?.Status,
                cover is null ? AccidentTexts.Get("Status_None") : AccidentTexts.Status(cover.Status),
                Display.Yuan(cover?.PremiumFen ?? product.PremiumFen), cover?.Voucher, cover?.PaidAt is { } at ? Display.Time(at) : null);
        }).ToList();
        return new HouseholdAccidentInsurance(household.Id, profile.Year, product, AccidentChannels.All, members);
    }
}
