using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Supplementary;

namespace ResidentMedicalInsurance.Application.Features.Accident;

/// <summary>
/// 意外伤害补充保险缴费凭证 (保险公司代收): the receipt of one paid cover, of its own voucher series; it is not a receipt of
/// the medical insurance fund and names no basic fee.
/// </summary>
[AuthorizeRoles(Roles.ResidentReaders)]
public sealed record GetAccidentReceipt(Guid CoverId) : IQuery<AccidentReceipt>;

public sealed record AccidentReceipt(
    Guid CoverId, Guid HouseholdId, string TenantName, int Year, string ProductName, string Insurer,
    string ResidentName, string MaskedIdNumber, string HouseholdNumber, string TownshipName, string Village,
    string ChannelName, string ChannelClause, string Voucher, string PaidAtText, string AmountText,
    string RecordedBy, string RecordedAtText, IReadOnlyList<string> Basis);

public sealed class GetAccidentReceiptHandler(IAppDbContext db, ICurrentUser user, IPolicyGateway policy, IUserNames names)
    : IRequestHandler<GetAccidentReceipt, AccidentReceipt>
{
    public async Task<AccidentReceipt> Handle(GetAccidentReceipt request, CancellationToken cancellationToken)
    {
        var row = (await (
            from c in db.AccidentCovers.AsNoTracking().InScope(user)
            where c.Id == request.CoverId && c.Status == AccidentCoverStatus.Paid
            join r in db.Residents on c.ResidentId equals r.Id
            join h in db.Households on c.HouseholdId equals h.Id
            join t in db.Townships on c.TownshipId equals t.Id
            select new { c, r.Name, r.IdNumber, h.Number, Township = t.Name }).FirstOrDefaultAsync(cancellationToken)).Found();
        var (_, tenantName, profile) = await CurrentProfile.LoadAsync(db, policy, cancellationToken);
        var product = profile.Year == row.c.Year ? profile.AccidentInsurance : null;
        var channel = AccidentChannels.Find(row.c.Channel ?? "");
        var clerks = await names.DisplayNamesAsync([row.c.RecordedBy], cancellationToken);
        return new AccidentReceipt(
            row.c.Id, row.c.HouseholdId, tenantName, row.c.Year, product?.Name ?? AccidentTexts.Get("ProductName"),
            product?.Insurer ?? AccidentTexts.Get("Insurer"),
            row.Name, Display.MaskId(row.IdNumber), row.Number, row.Township, row.c.Village,
            channel?.Name ?? row.c.Channel ?? "", channel?.Clause ?? "", row.c.Voucher ?? "", Display.Time(row.c.PaidAt),
            Display.Yuan(row.c.PremiumFen), clerks.GetValueOrDefault(row.c.RecordedBy ?? "", row.c.RecordedBy ?? ""), Display.Time(row.c.RecordedAt),
            product is null ? [] : [product.Basis, product.PaymentBasis]);
    }
}
