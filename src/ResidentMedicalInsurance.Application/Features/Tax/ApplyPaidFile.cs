using ResidentMedicalInsurance.Application.Features.Enrollments;
using ResidentMedicalInsurance.Application.Features.Payments;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Refunds;
using ResidentMedicalInsurance.Domain.Tax;

namespace ResidentMedicalInsurance.Application.Features.Tax;

/// <summary>
/// 入账: applies a matched paid file in one transaction. Each <c>recorded</c> row becomes a payment on the tax-file
/// channel (its voucher, its paid time, the policy's amount and benefit period for that date, as at the counter);
/// each <c>duplicate-payment</c> row becomes a refund request (duplicate: the enrolment stays covered by its first
/// payment, ADR 0033). A row whose enrolment was paid at a counter since the match becomes a duplicate too.
/// Any failure rolls the whole file back: nothing is half applied.
/// </summary>
[AuthorizeRoles(Roles.Bureau)]
public sealed record ApplyPaidFile(Guid FileId) : ICommand<PaidFileApplied>;

public sealed record PaidFileApplied(int Payments, int Refunds, string Message);

public sealed class ApplyPaidFileHandler(IAppDbContext db, ICurrentUser user, IClock clock, IPolicyGateway policy)
    : IRequestHandler<ApplyPaidFile, PaidFileApplied>
{
    private const int Chunk = 2000;

    public async Task<PaidFileApplied> Handle(ApplyPaidFile request, CancellationToken cancellationToken)
    {
        var file = (await db.PaidFiles.FirstOrDefaultAsync(f => f.Id == request.FileId, cancellationToken)).Found();
        if (file.Status != PaidFileStatus.Ready)
        {
            throw new AppException(file.Status == PaidFileStatus.Applied ? TaxTexts.Get("Apply_AlreadyApplied") : TaxTexts.Get("Apply_NotReady"));
        }

        var (payments, refunds) = (0, 0);
        var lastRow = 0;
        while (await db.PaidRecords
                   .Where(r => r.FileId == file.Id && r.RowNumber > lastRow && (r.Outcome == PaidOutcome.Recorded || r.Outcome == PaidOutcome.DuplicatePayment))
                   .OrderBy(r => r.RowNumber).Take(Chunk).ToListAsync(cancellationToken) is { Count: > 0 } rows)
        {
            lastRow = rows[^1].RowNumber;
            var (p, r) = await ApplyAsync(rows, cancellationToken);
            payments += p;
            refunds += r;
        }

        file.Status = PaidFileStatus.Applied;
        file.AppliedAt = clock.Now;
        file.AppliedBy = user.UserName ?? "";
        file.Version++;
        await db.SaveChangesAsync(cancellationToken);
        return new PaidFileApplied(payments, refunds, TaxTexts.Format("Apply_Done", payments, refunds));
    }

    private async Task<(int Payments, int Refunds)> ApplyAsync(List<PaidRecord> rows, CancellationToken ct)
    {
        var enrollmentIds = rows.Select(r => r.EnrollmentId!.Value).Distinct().ToList();
        var enrollments = await db.Enrollments.Where(e => enrollmentIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);
        var residentIds = enrollments.Values.Select(e => e.ResidentId).ToList();
        var residents = await db.Residents.AsNoTracking().Where(r => residentIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
        var certifications = (await db.SubsidyCertifications.AsNoTracking().Where(c => residentIds.Contains(c.ResidentId) && c.EndedAt == null).ToListAsync(ct))
            .ToLookup(c => c.ResidentId);
        var (payments, refunds) = (0, 0);
        foreach (var row in rows)
        {
            var enrollment = enrollments[row.EnrollmentId!.Value];
            if (row.Outcome == PaidOutcome.Recorded && enrollment.Status == EnrollmentStatus.AwaitingPayment)
            {
                var resident = residents[enrollment.ResidentId];
                var quote = policy.Quote(enrollment.ProfileId, resident, certifications[resident.Id].Where(c => c.Year == enrollment.Year),
                    enrollment.Circumstances, Display.ChinaDate(row.PaidAt!.Value));
                var payment = NewPayment.From(enrollment, quote, PaymentChannels.TaxFileCode, row.Voucher, row.PaidAt.Value, row.AmountFen!.Value, clock, user);
                db.Payments.Add(payment);
                enrollment.RecordPayment(payment);
                row.PaymentId = payment.Id;
                payments++;
                continue;
            }

            // Paid before (another channel, or at a counter since the match): the money goes back through the refund queue.
            if (await db.Payments.AsNoTracking().FirstOrDefaultAsync(p => p.EnrollmentId == enrollment.Id, ct) is not { } first)
            {
                // The enrolment ended unpaid since the match: nothing to record against, nothing to pay back.
                row.Outcome = PaidOutcome.NotEnrolled;
                continue;
            }

            var refund = new Refund
            {
                Id = Guid.CreateVersion7(),
                EnrollmentId = enrollment.Id,
                PaymentId = first.Id,
                ResidentId = enrollment.ResidentId,
                HouseholdId = enrollment.HouseholdId,
                TownshipId = enrollment.TownshipId,
                Reason = RefundReason.Duplicate,
                EventDate = Display.ChinaDate(row.PaidAt ?? clock.Now),
                Note = TaxTexts.Reason("Apply_DuplicateNote", row.Voucher, row.AmountText, row.Channel),
                AmountFen = row.AmountFen ?? 0,
                EndsEnrollment = false,
                Basis = TaxTexts.Reason("Apply_DuplicateBasis"),
                Status = RefundStatus.Pending,
                RequestedAt = clock.Now,
                RequestedBy = user.UserName ?? "",
            };
            db.Refunds.Add(refund);
            row.Outcome = PaidOutcome.DuplicatePayment;
            row.RefundId = refund.Id;
            refunds++;
        }

        await SaveGuard.SaveAsync(db, TaxTexts.Get("Apply_Conflict"), ct);
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Entity is not PaidFile).ToList())
        {
            entry.State = EntityState.Detached;
        }

        return (payments, refunds);
    }
}
