using ResidentMedicalInsurance.Application.Features.Reconciliation;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Payments;

namespace ResidentMedicalInsurance.Application.Features.Payments;

/// <summary>What a household's voucher or a township's batch recorded (or had recorded the first time, <paramref name="AlreadyRecorded"/>).</summary>
public sealed record PaymentBatchRecorded(
    Guid BatchId, bool AlreadyRecorded, int Persons, long AmountFen, string AmountText, string Voucher, DateTimeOffset PaidAt,
    string Message, IReadOnlyList<Guid> PaymentIds);

/// <summary>Who a batch is for: a household at the counter, or a list of one township's residents.</summary>
internal sealed record BatchOwner(PaymentBatchKind Kind, Guid TownshipId, Guid? HouseholdId);

/// <summary>
/// One voucher, many payments (ADR 0058): the batch row and one payment per person, each enrolment paid, in the command's
/// transaction. Idempotent on (channel, voucher): the same voucher for the same persons again answers with the first
/// recording; for other persons, for another household or township, or a voucher already used by a payment of its
/// own, it is refused. The database's unique indexes (batch voucher, one payment in force per enrolment) settle a race.
/// </summary>
internal sealed class PaymentBatches(IAppDbContext db, ICurrentUser user, IClock clock, IPolicyGateway policy)
{
    public const int MaxPersons = 500;

    /// <summary>The largest total a batch can have: every person at a single payment's largest amount.</summary>
    public const long MaxAmountFen = RecordPaymentValidator.MaxAmountFen * MaxPersons;

    /// <summary>
    /// The answer when the voucher is already recorded: the first recording when it was for these persons (an empty
    /// <paramref name="persons"/>: whoever the owner's first recording paid), else a refusal; null when the voucher is new.
    /// </summary>
    public async Task<PaymentBatchRecorded?> ReplayAsync(BatchOwner owner, string channel, string voucher, IReadOnlySet<Guid> persons, CancellationToken ct)
    {
        var earlier = await db.PaymentBatches.AsNoTracking().FirstOrDefaultAsync(b => b.Channel == channel && b.Voucher == voucher, ct);
        if (earlier is null)
        {
            var ownPayment = await db.Payments.AsNoTracking()
                .AnyAsync(p => p.Channel == channel && p.Voucher == voucher && p.BatchId == null && p.Status == PaymentStatus.InForce, ct);
            return ownPayment ? throw new AppException(CollectionTexts.Format("Batch_VoucherUsedBySingle", voucher)) : null;
        }

        if (!user.CanSee(earlier.TownshipId))
        {
            throw new AppException(Texts.Format("Payment_VoucherUsedInCounty", voucher));
        }

        if (earlier.Kind != owner.Kind || earlier.TownshipId != owner.TownshipId || earlier.HouseholdId != owner.HouseholdId)
        {
            throw new AppException(CollectionTexts.Format("Batch_VoucherUsedByOther", voucher));
        }

        var paid = await (
            from p in db.Payments.AsNoTracking()
            join r in db.Residents on p.ResidentId equals r.Id
            where p.BatchId == earlier.Id
            select new { p.Id, p.EnrollmentId, r.Name }).ToListAsync(ct);
        if (persons.Count > 0 && !persons.SetEquals(paid.Select(p => p.EnrollmentId)))
        {
            var names = string.Join(Texts.Get("ListSeparator"), paid.Select(p => p.Name).Order(StringComparer.Ordinal));
            throw new AppException(CollectionTexts.Format($"{owner.Kind}_OtherList", voucher, earlier.Persons, names));
        }

        return new PaymentBatchRecorded(earlier.Id, true, earlier.Persons, earlier.AmountFen, Display.Yuan(earlier.AmountFen), earlier.Voucher,
            earlier.PaidAt, CollectionTexts.Format($"{owner.Kind}_Replayed", voucher, earlier.Persons, Display.Yuan(earlier.AmountFen)),
            paid.Select(p => p.Id).ToList());
    }

    /// <summary>
    /// Records the batch for <paramref name="members"/> (tracked enrolments) after the checks: nobody refused (then
    /// nothing is recorded and the refusal names each person, unless a concurrent request recorded this very batch
    /// meanwhile: then its recording is the answer), the paid date in an open reconciliation period, the typed
    /// total equal to the sum the policy asks. Null when another clerk's save won a race (the tracker is cleared; the
    /// caller replays).
    /// </summary>
    public async Task<PaymentBatchRecorded?> RecordAsync(
        BatchOwner owner, PaymentChannel channel, string voucher, DateTimeOffset paidAt, long amountFen, IReadOnlyList<BatchMember> members, CancellationToken ct)
    {
        if (members.Where(m => m.Problem is not null).ToList() is { Count: > 0 } refused)
        {
            // Paid by a concurrent request with this very voucher between the first look and now: its recording is the answer.
            return await ReplayAsync(owner, channel.Code, voucher, members.Select(m => m.Enrollment.Id).ToHashSet(), ct)
                ?? throw new AppException(CollectionTexts.Format("Batch_MembersRefused", string.Join("；", refused.Select(m => m.Refusal()))));
        }

        var paidOn = Display.ChinaDate(paidAt);
        foreach (var profileId in members.Select(m => m.Enrollment.ProfileId).Distinct())
        {
            (await ClosedPeriods.LoadAsync(db, policy, profileId, ct)).EnsureOpen(paidOn);
        }

        var sum = members.Sum(m => m.DueFen!.Value);
        if (amountFen != sum)
        {
            throw new AppException(CollectionTexts.Format("Batch_AmountMismatch",
                Display.Date(paidOn), members.Count, Display.Yuan(sum), BatchMembers.Amounts(members), Display.Yuan(amountFen)));
        }

        var batch = new PaymentBatch
        {
            Id = Guid.CreateVersion7(),
            TownshipId = owner.TownshipId,
            HouseholdId = owner.HouseholdId,
            Kind = owner.Kind,
            Channel = channel.Code,
            Voucher = voucher,
            PaidAt = paidAt,
            Persons = members.Count,
            AmountFen = sum,
            RecordedAt = clock.Now,
            RecordedBy = user.UserName ?? "",
        };
        db.PaymentBatches.Add(batch);
        var payments = members.Select(m =>
        {
            var payment = NewPayment.From(m.Enrollment, m.Quote, channel.Code, voucher, paidAt, m.DueFen!.Value, clock, user);
            payment.BatchId = batch.Id;
            db.Payments.Add(payment);
            m.Enrollment.RecordPayment(payment);
            return payment.Id;
        }).ToList();

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (SaveGuard.IsLostRace(db, ex))
        {
            db.ChangeTracker.Clear();
            return null;
        }

        var message = owner.Kind == PaymentBatchKind.Household
            ? CollectionTexts.Format("Household_Recorded", voucher, members.Count, Display.Yuan(sum), BatchMembers.Amounts(members))
            : CollectionTexts.Format("Township_Recorded", voucher, members.Count, Display.Yuan(sum));
        return new PaymentBatchRecorded(batch.Id, false, batch.Persons, sum, Display.Yuan(sum), voucher, paidAt, message, payments);
    }

    /// <summary>After a lost race: the winner's recording when it was this very batch, else the race message.</summary>
    public async Task<PaymentBatchRecorded> AfterLostRaceAsync(BatchOwner owner, string channel, string voucher, IReadOnlySet<Guid> persons, CancellationToken ct) =>
        await ReplayAsync(owner, channel, voucher, persons, ct) ?? throw new AppException(CollectionTexts.Get("Batch_LostRace"));
}
