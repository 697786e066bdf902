using ResidentMedicalInsurance.Application.Features.Payments;
using ResidentMedicalInsurance.Application.Features.Reconciliation;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Payments;
using ResidentMedicalInsurance.Domain.Tax;

namespace ResidentMedicalInsurance.Application.Features.Tax;

/// <summary>
/// 入账: applies a matched paid file in one transaction, run by the job (<see cref="QueuePaidFileApply"/>) or the CLI.
/// Each <c>recorded</c> row becomes a payment on the tax-file channel (its voucher, its paid time, the policy's amount
/// and benefit period for that date, as at the counter); each <c>duplicate-payment</c> row becomes a refund request
/// (duplicate: the enrolment stays covered by its first payment, ADR 0033). A row whose enrolment was paid at a
/// counter since the match becomes a duplicate too. Any failure rolls the whole file back: nothing is half applied.
/// Chunks are decided in memory (<see cref="PaidBooking"/>) and written set-based (ADR 0056).
/// </summary>
[AuthorizeRoles(Roles.Bureau)]
public sealed record ApplyPaidFile(Guid FileId) : ICommand<PaidFileApplied>;

public sealed record PaidFileApplied(int Payments, int Refunds, string Message);

public sealed class ApplyPaidFileHandler(
    IAppDbContext db, ICurrentUser user, IClock clock, IPolicyGateway policy, IAuditedBulkRows bulk, PaidApplyProgress progress)
    : IRequestHandler<ApplyPaidFile, PaidFileApplied>
{
    private const int Chunk = 2000;

    public async Task<PaidFileApplied> Handle(ApplyPaidFile request, CancellationToken cancellationToken)
    {
        var file = (await db.PaidFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == request.FileId, cancellationToken)).Found();
        if (file.Status is not (PaidFileStatus.Ready or PaidFileStatus.Applying))
        {
            throw new AppException(file.Status == PaidFileStatus.Applied ? TaxTexts.Get("Apply_AlreadyApplied") : TaxTexts.Get("Apply_NotReady"));
        }

        var toApply = db.PaidRecords.AsNoTracking()
            .Where(r => r.FileId == file.Id && (r.Outcome == PaidOutcome.Recorded || r.Outcome == PaidOutcome.DuplicatePayment));
        var (total, done, payments, refunds, lastRow) = (await toApply.CountAsync(cancellationToken), 0, 0, 0, 0);
        progress.Report(file.Id, 0, total);
        var (_, _, profile) = await CurrentProfile.LoadAsync(db, policy, cancellationToken);
        var closed = await ClosedPeriods.LoadAsync(db, policy, profile.Id, cancellationToken);
        try
        {
            while (await toApply.Where(r => r.RowNumber > lastRow).OrderBy(r => r.RowNumber).Take(Chunk).ToListAsync(cancellationToken) is { Count: > 0 } rows)
            {
                var booking = await PaidBooking.DecideAsync(db, policy, clock, user, closed, rows, cancellationToken);
                await WriteAsync(file.Id, booking, lastRow, rows[^1].RowNumber, cancellationToken);
                (lastRow, done, payments, refunds) = (rows[^1].RowNumber, done + rows.Count, payments + booking.Payments.Count, refunds + booking.Refunds.Count);
                progress.Report(file.Id, done, total);
            }
        }
        catch (DbUpdateException ex) when (SaveGuard.IsLostRace(db, ex))
        {
            // A payment of one of these enrolments or vouchers was recorded at the same time: the transaction rolls back.
            db.ChangeTracker.Clear();
            throw new AppException(TaxTexts.Get("Apply_Conflict"));
        }

        var applied = await db.PaidFiles.FirstAsync(f => f.Id == file.Id, cancellationToken);
        applied.Status = PaidFileStatus.Applied;
        applied.AppliedAt = clock.Now;
        applied.AppliedBy = user.UserName ?? "";
        applied.Failure = null;
        applied.Version++;
        await SaveGuard.SaveAsync(db, TaxTexts.Get("Apply_Conflict"), cancellationToken);
        return new PaidFileApplied(payments, refunds, TaxTexts.Format("Apply_Done", payments, refunds));
    }

    private async Task WriteAsync(Guid fileId, PaidBooking booking, int afterRow, int lastRow, CancellationToken ct)
    {
        await bulk.InsertAsync(booking.Payments, ct);
        await bulk.InsertAsync(booking.Refunds, ct);
        if (booking.Paid.Count > 0)
        {
            await MarkPaidAsync(booking, ct);
        }

        // Each recorded row gets its payment's id: the tax-file payment of its voucher and enrolment (a unique index).
        await db.PaidRecords.Where(r => r.FileId == fileId && r.Outcome == PaidOutcome.Recorded && r.RowNumber > afterRow && r.RowNumber <= lastRow)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.PaymentId, r => db.Payments
                .Where(p => p.Channel == PaymentChannels.TaxFileCode && p.Voucher == r.Voucher && p.EnrollmentId == r.EnrollmentId && p.Status == PaymentStatus.InForce && p.BatchId == null)
                .Select(p => (Guid?)p.Id).FirstOrDefault()), ct);
        foreach (var row in booking.Changed)
        {
            var entry = db.PaidRecords.Attach(row);
            entry.Property(r => r.Outcome).IsModified = true;
            entry.Property(r => r.RefundId).IsModified = true;
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>
    /// The enrolments paid by this chunk's payments, as <see cref="Enrollment.RecordPayment"/> leaves them, in one
    /// statement from the payments just written; Version is bumped, so a clerk who read one before loses the race.
    /// Every one must have been unpaid and unchanged since it was read, or the file rolls back.
    /// </summary>
    private async Task MarkPaidAsync(PaidBooking booking, CancellationToken ct)
    {
        var ids = booking.Paid.Select(p => p.After.Id).ToList();
        // The ids are this chunk's own enrolments, read and checked by PaidBooking: no tenant filter (OwnKeys, ADR 0056).
        var updated = await db.Enrollments.IgnoreQueryFilters().Where(e => EF.Parameter(ids).Contains(e.Id) && e.Status == EnrollmentStatus.AwaitingPayment)
            .ExecuteUpdateAsync(s => s
                .SetProperty(e => e.Status, EnrollmentStatus.Paid)
                .SetProperty(e => e.PaidAt, e => db.Payments.IgnoreQueryFilters().Where(p => p.EnrollmentId == e.Id && p.Status == PaymentStatus.InForce).Select(p => (DateTimeOffset?)p.PaidAt).First())
                .SetProperty(e => e.BenefitStart, e => db.Payments.IgnoreQueryFilters().Where(p => p.EnrollmentId == e.Id && p.Status == PaymentStatus.InForce).Select(p => (DateOnly?)p.BenefitStart).First())
                .SetProperty(e => e.BenefitEnd, e => db.Payments.IgnoreQueryFilters().Where(p => p.EnrollmentId == e.Id && p.Status == PaymentStatus.InForce).Select(p => (DateOnly?)p.BenefitEnd).First())
                .SetProperty(e => e.StandardFeeFen, e => db.Payments.IgnoreQueryFilters().Where(p => p.EnrollmentId == e.Id && p.Status == PaymentStatus.InForce).Select(p => (long?)p.StandardFeeFen).First())
                .SetProperty(e => e.SubsidyFen, e => db.Payments.IgnoreQueryFilters().Where(p => p.EnrollmentId == e.Id && p.Status == PaymentStatus.InForce).Select(p => (long?)p.SubsidyFen).First())
                .SetProperty(e => e.SubsidyCode, e => db.Payments.IgnoreQueryFilters().Where(p => p.EnrollmentId == e.Id && p.Status == PaymentStatus.InForce).Select(p => p.SubsidyCode).First())
                .SetProperty(e => e.AmountDueFen, e => db.Payments.IgnoreQueryFilters().Where(p => p.EnrollmentId == e.Id && p.Status == PaymentStatus.InForce).Select(p => (long?)p.AmountFen).First())
                .SetProperty(e => e.Basis, e => db.Payments.IgnoreQueryFilters().Where(p => p.EnrollmentId == e.Id && p.Status == PaymentStatus.InForce).Select(p => p.Basis).First())
                .SetProperty(e => e.Version, e => e.Version + 1), ct);
        var versions = await db.Enrollments.IgnoreQueryFilters().Where(e => EF.Parameter(ids).Contains(e.Id)).Select(e => new { e.Id, e.Version }).ToDictionaryAsync(e => e.Id, e => e.Version, ct);
        if (updated != ids.Count || booking.Paid.Any(p => versions[p.After.Id] != p.After.Version))
        {
            throw new AppException(TaxTexts.Get("Apply_Conflict"));
        }

        await bulk.AuditChangesAsync(booking.Paid, ct);
    }
}
