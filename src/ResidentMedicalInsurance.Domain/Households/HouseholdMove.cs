namespace ResidentMedicalInsurance.Domain.Households;

/// <summary>
/// 户籍变动 within the tenant (迁移, 拆户, 合户): one row per move, read by the clerks of both townships (迁入迁出记录,
/// ADR 0070). Filed under the household the move leaves from, or under the household that stays when a merge closes
/// the other (<see cref="HouseholdId"/>), so the household's 操作日志 shows it.
/// </summary>
public sealed class HouseholdMove : ITenantOwned, IHouseholdScoped
{
    public const int ByMaxLength = 450;

    public Guid Id { get; set; }
    public Guid TenantId { get; set; }

    /// <summary>The household whose audit trail holds this row.</summary>
    public Guid HouseholdId { get; set; }
    public HouseholdMoveKind Kind { get; set; }

    /// <summary>The member moved to another household (迁移 of one person); null when a whole household or several members moved.</summary>
    public Guid? ResidentId { get; set; }

    public Guid FromHouseholdId { get; set; }
    public required string FromNumber { get; set; }
    public Guid FromTownshipId { get; set; }
    public required string FromVillage { get; set; }
    public Guid ToHouseholdId { get; set; }
    public required string ToNumber { get; set; }
    public Guid ToTownshipId { get; set; }
    public required string ToVillage { get; set; }

    /// <summary>How many residents changed household or place.</summary>
    public int Members { get; set; }

    /// <summary>The business day of the move (the tenant's clock).</summary>
    public DateOnly On { get; set; }
    public DateTimeOffset At { get; set; }

    /// <summary>UTC ticks of <see cref="At"/>: the order of the list on every provider (SQLite cannot order DateTimeOffset).</summary>
    public long AtTicks { get; set; }
    public string By { get; set; } = "";
}

/// <summary>What kind of 户籍变动.</summary>
public enum HouseholdMoveKind
{
    /// <summary>迁移: the whole household to another township or village, or one member to another household.</summary>
    Move = 1,

    /// <summary>拆户: members form a new household.</summary>
    Split = 2,

    /// <summary>合户: every member of one household joins another; the emptied household is removed.</summary>
    Merge = 3,
}
