using ResidentMedicalInsurance.Domain.Common;
using ResidentMedicalInsurance.Domain.Households;

namespace ResidentMedicalInsurance.Domain.Accounts;

/// <summary>
/// One line of a resident's 个人账户 (连政办发〔2007〕149号 第七条, 第十一条): 划入, the yearly credit for a paid enrolment,
/// or 退还, the whole balance paid back to the person or the heir on death or moving out of the city districts.
/// The balance is the sum of the lines (credits positive, refunds negative); nothing is updated or deleted.
/// One line per resident, year and kind (a unique index), so crediting a year twice credits nobody twice.
/// </summary>
public sealed class PersonalAccountEntry : ITenantOwned, IHouseholdScoped, ITownshipScoped
{
    public const int BasisMaxLength = 500;
    public const int NoteMaxLength = 200;

    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid ResidentId { get; set; }
    public Guid HouseholdId { get; set; }
    public Guid TownshipId { get; set; }

    /// <summary>The insurance year credited; for a refund, the year of the event.</summary>
    public int Year { get; set; }
    public PersonalAccountEntryKind Kind { get; set; }

    /// <summary>Signed, in fen: a credit adds, a refund takes the balance out.</summary>
    public long AmountFen { get; set; }

    /// <summary>The day of the credit, or of the death or move-out the refund is for.</summary>
    public DateOnly BookedOn { get; set; }

    /// <summary>The clause it is booked under, e.g. 连政办发〔2007〕149号 第七条.</summary>
    public string Basis { get; set; } = "";
    public string? Note { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public string RecordedBy { get; set; } = "";

    /// <summary>划入: the year's credit for a resident's paid enrolment.</summary>
    public static PersonalAccountEntry Credit(Guid residentId, Guid householdId, Guid townshipId, int year, long amountFen, DateOnly on, string basis, DateTimeOffset at, string by)
    {
        if (amountFen <= 0)
        {
            throw new DomainException("个人账户划入金额必须大于零。");
        }

        return new PersonalAccountEntry
        {
            Id = Guid.CreateVersion7(), ResidentId = residentId, HouseholdId = householdId, TownshipId = townshipId, Year = year,
            Kind = PersonalAccountEntryKind.Credit, AmountFen = amountFen, BookedOn = on, Basis = basis, RecordedAt = at, RecordedBy = by,
        };
    }

    /// <summary>退还: the whole <paramref name="balanceFen"/> paid back (第十一条), to the heir on death.</summary>
    public static PersonalAccountEntry Refund(Resident resident, long balanceFen, DateOnly eventDate, string basis, string note, DateTimeOffset at, string by)
    {
        ArgumentNullException.ThrowIfNull(resident);
        if (balanceFen <= 0)
        {
            throw new DomainException("个人账户没有余额，无需退还。");
        }

        return new PersonalAccountEntry
        {
            Id = Guid.CreateVersion7(), TenantId = resident.TenantId, ResidentId = resident.Id, HouseholdId = resident.HouseholdId,
            TownshipId = resident.TownshipId, Year = eventDate.Year, Kind = PersonalAccountEntryKind.Refund, AmountFen = -balanceFen,
            BookedOn = eventDate, Basis = basis, Note = note, RecordedAt = at, RecordedBy = by,
        };
    }
}

public enum PersonalAccountEntryKind
{
    /// <summary>划入.</summary>
    Credit = 0,

    /// <summary>退还.</summary>
    Refund = 1,
}
