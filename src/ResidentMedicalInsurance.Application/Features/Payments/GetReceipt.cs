using ResidentMedicalInsurance.Application.Policy;

namespace ResidentMedicalInsurance.Application.Features.Payments;

/// <summary>
/// 缴费凭证: everything the printable receipt shows, including the basis of the benefit period, from what was
/// stored at payment (prints for years whose policy profile is not installed, see <see cref="PrintedPolicy"/>).
/// </summary>
[AuthorizeRoles(Roles.ResidentReaders)]
public sealed record GetReceipt(Guid PaymentId) : IQuery<Receipt>;

public sealed record Receipt(
    Guid PaymentId, string TenantName, string ProfileTitle, int Year,
    string ResidentName, string MaskedIdNumber, string SexText,
    string HouseholdNumber, string TownshipName, string Village, string Address,
    string ChannelName, string ChannelClause, string Voucher, string PaidAtText,
    string StandardFeeText, string SubsidyText, string AmountText, string BenefitPeriodText,
    string RecordedBy, string RecordedAtText, IReadOnlyList<string> Basis);

public sealed class GetReceiptHandler(IAppDbContext db, ICurrentUser user, IPolicyGateway policy)
    : IRequestHandler<GetReceipt, Receipt>
{
    public async Task<Receipt> Handle(GetReceipt request, CancellationToken cancellationToken)
    {
        var row = (await (
            from p in db.Payments.AsNoTracking().InScope(user)
            join e in db.Enrollments on p.EnrollmentId equals e.Id
            join r in db.Residents on p.ResidentId equals r.Id
            join h in db.Households on p.HouseholdId equals h.Id
            join t in db.Townships on p.TownshipId equals t.Id
            where p.Id == request.PaymentId
            select new { p, e.ProfileId, e.Year, r.Name, r.IdNumber, r.Sex, h.Number, h.Village, h.Address, Township = t.Name })
            .FirstOrDefaultAsync(cancellationToken)).Found();
        var (tenantCode, tenantName, _) = await CurrentProfile.LoadAsync(db, policy, cancellationToken);
        var printed = PrintedPolicy.For(policy, row.ProfileId, tenantName, row.Year);
        var channel = PaymentChannels.For(tenantCode).FirstOrDefault(c => c.Code == row.p.Channel);
        var subsidy = row.p.SubsidyFen > 0 ? $"{Display.Yuan(row.p.SubsidyFen)}（{printed.Category(row.p.SubsidyCode)}）" : Display.Yuan(0);
        return new Receipt(
            row.p.Id, tenantName, printed.Title, row.Year,
            row.Name, Display.MaskId(row.IdNumber), Labels.Of(row.Sex),
            row.Number, row.Township, row.Village, row.Address,
            channel?.Name ?? row.p.Channel, channel?.Clause ?? "", row.p.Voucher, Display.Time(row.p.PaidAt),
            Display.Yuan(row.p.StandardFeeFen), subsidy, Display.Yuan(row.p.AmountFen),
            Display.Period(row.p.BenefitStart, row.p.BenefitEnd),
            row.p.RecordedBy, Display.Time(row.p.RecordedAt), BasisText.Split(row.p.Basis));
    }
}
