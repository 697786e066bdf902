using ResidentMedicalInsurance.Domain.Common;
using ResidentMedicalInsurance.Domain.Households;

namespace ResidentMedicalInsurance.Domain.Supplementary;

/// <summary>
/// 意外伤害补充保险 of one resident for one insurance year (尤政办〔2019〕45号 三(三), 六(三)): chosen at enrolment, paid to
/// the insurer on its own channels under a voucher of its own series (<see cref="VoucherPrefix"/>), never a
/// <see cref="Payments.Payment"/> and never part of the basic fee (ADR 0069). Unique per (resident, year): choosing
/// again after a cancellation takes the same row back.
/// </summary>
public sealed class AccidentCover : ITenantOwned, IHouseholdScoped, ITownshipScoped
{
    public const int ChannelMaxLength = 32;
    public const int VoucherMaxLength = 32;

    /// <summary>The voucher series of the insurer's collections: YW (意外) and the year, e.g. YW2020-000001.</summary>
    public const string VoucherPrefix = "YW";

    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid TownshipId { get; set; }

    /// <summary>The household's village when chosen: the insurer's list is per village.</summary>
    public string Village { get; set; } = "";
    public Guid HouseholdId { get; set; }
    public Guid ResidentId { get; set; }
    public int Year { get; set; }

    /// <summary>The premium of the profile when chosen, in fen (30.00 元 in Youxi 2020).</summary>
    public long PremiumFen { get; set; }
    public AccidentCoverStatus Status { get; set; }
    public DateTimeOffset ChosenAt { get; set; }
    public string ChosenBy { get; set; } = "";

    /// <summary>When the money was paid to the insurer; sets <see cref="PaidOn"/>.</summary>
    public DateTimeOffset? PaidAt { get; set { field = value; PaidOn = value is { } at ? ChinaTime.DateOf(at) : null; } }
    public DateOnly? PaidOn { get; set; }

    /// <summary>The insurer's channel code (保险公司收款码 or cash), never a basic-fee channel.</summary>
    public string? Channel { get; set; }

    /// <summary>The voucher of the insurer's series, issued when paid (<see cref="VoucherFor"/>).</summary>
    public string? Voucher { get; set; }
    public DateTimeOffset? RecordedAt { get; set; }
    public string? RecordedBy { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    public string? CancelledBy { get; set; }

    /// <summary>Optimistic concurrency token: two clerks cannot both pay or both change it.</summary>
    public int Version { get; set; }

    /// <summary>The voucher number <paramref name="sequence"/> of <paramref name="year"/>: YW2020-000001.</summary>
    public static string VoucherFor(int year, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{VoucherPrefix}{year}-{sequence:000000}");

    /// <summary>
    /// The person's household moved or they moved to another (户籍变动, ADR 0070): the cover is filed under that household; one
    /// not yet paid is collected where they now live (township and village follow), a paid one stays where the insurer
    /// took the money, as a basic payment does.
    /// </summary>
    public void FollowTo(Guid householdId, Guid townshipId, string village)
    {
        HouseholdId = householdId;
        if (Status != AccidentCoverStatus.Paid)
        {
            (TownshipId, Village) = (townshipId, village);
        }

        Version++;
    }

    /// <summary>Chosen again after a cancellation, at the premium of now.</summary>
    public void ChooseAgain(long premiumFen, DateTimeOffset at, string by)
    {
        if (Status != AccidentCoverStatus.Cancelled)
        {
            throw new DomainException(Status == AccidentCoverStatus.Paid ? "该居民本年度意外伤害补充保险已缴费。" : "该居民本年度已选择意外伤害补充保险。");
        }

        Status = AccidentCoverStatus.Chosen;
        PremiumFen = premiumFen;
        ChosenAt = at;
        ChosenBy = by;
        CancelledAt = null;
        CancelledBy = null;
        Version++;
    }

    /// <summary>Not wanted after all; a paid cover is the insurer's to refund, not the counter's to cancel.</summary>
    public void Cancel(DateTimeOffset at, string by)
    {
        if (Status != AccidentCoverStatus.Chosen)
        {
            throw new DomainException(Status == AccidentCoverStatus.Paid
                ? "该意外伤害补充保险已缴费，不能在此取消；退保请到保险公司办理。"
                : "该意外伤害补充保险已取消。");
        }

        Status = AccidentCoverStatus.Cancelled;
        CancelledAt = at;
        CancelledBy = by;
        Version++;
    }

    /// <summary>Paid to the insurer on <paramref name="channel"/> under <paramref name="voucher"/>; once only.</summary>
    public void Pay(string channel, string voucher, DateTimeOffset paidAt, DateTimeOffset recordedAt, string by)
    {
        if (Status != AccidentCoverStatus.Chosen)
        {
            throw new DomainException(Status == AccidentCoverStatus.Paid
                ? $"该意外伤害补充保险已缴费（凭证号 {Voucher}），不能重复缴费。"
                : "该意外伤害补充保险已取消，请先重新选择再缴费。");
        }

        Status = AccidentCoverStatus.Paid;
        Channel = channel;
        Voucher = voucher;
        PaidAt = paidAt;
        RecordedAt = recordedAt;
        RecordedBy = by;
        Version++;
    }
}

public enum AccidentCoverStatus
{
    /// <summary>已选择，待缴费.</summary>
    Chosen = 0,

    /// <summary>已缴费（保险公司代收）.</summary>
    Paid = 1,

    /// <summary>已取消.</summary>
    Cancelled = 2,
}
