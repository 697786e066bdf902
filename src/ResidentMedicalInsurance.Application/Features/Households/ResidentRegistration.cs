using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Domain.Residents;

namespace ResidentMedicalInsurance.Application.Features.Households;

/// <summary>
/// The outcome of registering a resident: the new record, or the existing one with the same ID
/// number (a second registration finds the first instead of creating a duplicate).
/// </summary>
public sealed record ResidentRegistration(Guid HouseholdId, Guid ResidentId, bool AlreadyRegistered, string Message);

internal static class ResidentRegistrar
{
    public static Resident Create(ResidentInput input, Household household, Relationship relationship, IClock clock)
    {
        var id = ResidentIdMessages.Parse(input.IdNumber, clock.Today);
        return new Resident
        {
            Id = Guid.CreateVersion7(),
            HouseholdId = household.Id,
            TownshipId = household.TownshipId,
            Name = input.Name.Trim(),
            IdNumber = id.Value,
            BirthDate = id.BirthDate,
            Sex = id.Sex,
            Relationship = relationship,
            OtherDocument = input.OtherDocument,
            OtherDocumentNumber = string.IsNullOrWhiteSpace(input.OtherDocumentNumber) ? null : input.OtherDocumentNumber.Trim(),
            Hukou = input.Hukou,
            Student = input.Student,
            EmployeeInsurance = input.EmployeeInsurance,
            Phone = string.IsNullOrWhiteSpace(input.Phone) ? null : input.Phone.Trim(),
            Facts = input.Facts ?? ResidentFacts.None,
            CreatedAt = clock.Now,
        };
    }

    /// <summary>
    /// The resident already registered with this ID number in the tenant, if any. One in a
    /// township the clerk may not see is refused without revealing anything about it.
    /// </summary>
    public static async Task<ResidentRegistration?> FindExisting(
        IAppDbContext db, ICurrentUser user, IClock clock, string idNumber, CancellationToken ct)
    {
        var normalised = ResidentIdMessages.Parse(idNumber, clock.Today).Value;
        var existing = await db.Residents.AsNoTracking()
            .Where(r => r.IdNumber == normalised)
            .Select(r => new { r.Id, r.HouseholdId, r.TownshipId, r.Name })
            .FirstOrDefaultAsync(ct).ConfigureAwait(false);
        if (existing is null)
        {
            return null;
        }

        if (!user.CanSee(existing.TownshipId))
        {
            throw new AppException("该身份证号已在本县其他乡镇登记参保，不能重复登记；如需迁入本乡镇，请联系县医保局办理。");
        }

        return new ResidentRegistration(existing.HouseholdId, existing.Id, true,
            Texts.Format("Resident_AlreadyRegistered", existing.Name));
    }
}
