using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Payments;

namespace ResidentMedicalInsurance.Application.Features.Payments;

/// <summary>
/// 批量代缴清单 (or a household voucher's list): the batch's township, number, date, channel and clerk, each person with
/// the masked ID number and the amount paid, and the total, from what was stored at payment.
/// </summary>
public sealed record BatchList(
    Guid BatchId, PaymentBatchKind Kind, string KindText, string TenantName, string TownshipName, Guid? HouseholdId,
    string ChannelName, string ChannelClause, string Voucher, string PaidAtText, int Persons, long AmountFen, string AmountText,
    string RecordedBy, string RecordedAtText, IReadOnlyList<BatchListLine> Lines);

/// <summary>One person of a batch list; <paramref name="Reversed"/>: the payment was reversed (冲正) since.</summary>
public sealed record BatchListLine(
    int Number, Guid PaymentId, Guid HouseholdId, string Name, string MaskedIdNumber, string Village, string HouseholdNumber,
    long AmountFen, string AmountText, string SubsidyText, string BenefitPeriodText, bool Reversed);

internal sealed class BatchListReader(IAppDbContext db, ICurrentUser user, IPolicyGateway policy, IUserNames names)
{
    public async Task<BatchList> ReadAsync(Guid batchId, CancellationToken ct)
    {
        var batch = (await db.PaymentBatches.AsNoTracking().InScope(user).FirstOrDefaultAsync(b => b.Id == batchId, ct)).Found();
        var (tenantCode, tenantName, _) = await CurrentProfile.LoadAsync(db, policy, ct);
        var township = await db.Townships.AsNoTracking().Where(t => t.Id == batch.TownshipId).Select(t => t.Name).FirstAsync(ct);
        var rows = (await (
            from p in db.Payments.AsNoTracking()
            join e in db.Enrollments on p.EnrollmentId equals e.Id
            join r in db.Residents on p.ResidentId equals r.Id
            join h in db.Households on p.HouseholdId equals h.Id
            where p.BatchId == batch.Id
            select new { p, e.ProfileId, e.Year, r.Name, r.IdNumber, r.Relationship, r.BirthDate, h.Village, h.Number })
            .ToListAsync(ct))
            .OrderBy(x => x.Village, StringComparer.Ordinal).ThenBy(x => x.Number, StringComparer.Ordinal)
            .ThenBy(x => x.Relationship).ThenBy(x => x.BirthDate).ToList();
        var clerks = await names.DisplayNamesAsync([batch.RecordedBy], ct);
        var channel = PaymentChannels.Named(tenantCode, batch.Channel);
        var lines = rows.Select((x, i) => new BatchListLine(
            i + 1, x.p.Id, x.p.HouseholdId, x.Name, Display.MaskId(x.IdNumber), x.Village, x.Number, x.p.AmountFen, Display.Yuan(x.p.AmountFen),
            Receipts.SubsidyText(PrintedPolicy.For(policy, x.ProfileId, tenantName, x.Year), x.p), Display.Period(x.p.BenefitStart, x.p.BenefitEnd),
            x.p.Status == PaymentStatus.Reversed)).ToList();
        return new BatchList(
            batch.Id, batch.Kind, CollectionTexts.Get($"BatchKind_{batch.Kind}"), tenantName, township, batch.HouseholdId,
            channel?.Name ?? batch.Channel, channel?.Clause ?? "", batch.Voucher, Display.Time(batch.PaidAt), batch.Persons,
            batch.AmountFen, Display.Yuan(batch.AmountFen), clerks.GetValueOrDefault(batch.RecordedBy, batch.RecordedBy),
            Display.Time(batch.RecordedAt), lines);
    }
}
