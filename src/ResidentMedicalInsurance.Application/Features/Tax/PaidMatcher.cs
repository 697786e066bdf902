using ResidentMedicalInsurance.Application.Features.Rosters;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Common;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Domain.Residents;
using ResidentMedicalInsurance.Domain.Tax;

namespace ResidentMedicalInsurance.Application.Features.Tax;

/// <summary>
/// 比对 of one paid record (policy-spec decision <c>tax-file-outcomes</c>): found by normalised ID and insurance
/// year; the same tax-file voucher again is already recorded; another payment of an enrolment already paid is a
/// duplicate (paid back through the refund queue); the amount must be what the policy asks on the paid date.
/// The first failing check is the outcome.
/// </summary>
public sealed class PaidMatcher(Guid fileId, int year, DateOnly today, IPolicyGateway policy, PaidMatcher.Lookups known)
{
    /// <summary>What one batch's rows are checked against, loaded once per batch.</summary>
    public sealed record Lookups(
        IReadOnlyDictionary<string, Resident> Residents,
        IReadOnlyDictionary<Guid, Enrollment> Enrollments,
        ILookup<Guid, SubsidyCertification> Certifications,
        ISet<string> RecordedVouchers,
        ISet<Guid> PaidInThisFile);

    public PaidRecord Match(TableRow row)
    {
        var record = Raw(row);
        if (!ResidentIdNumber.TryParse(RosterValues.IdText(record.IdNumberText), today, out var id, out var idError))
        {
            return Outcome(record, PaidOutcome.InvalidId, TaxTexts.Reason("Reason_InvalidId", idError));
        }

        record.IdNumber = id.Value;
        if (record.Voucher.Length > 0 && !known.RecordedVouchers.Add(record.Voucher))
        {
            return Outcome(record, PaidOutcome.AlreadyRecorded, TaxTexts.Reason("Reason_AlreadyRecorded", record.Voucher));
        }

        if (!int.TryParse(record.YearText.Trim().TrimEnd('年'), out var paidYear) || paidYear != year)
        {
            return Outcome(record, PaidOutcome.WrongYear, TaxTexts.Reason("Reason_WrongYear", record.YearText, year));
        }

        if (!known.Residents.TryGetValue(id.Value, out var resident))
        {
            return Outcome(record, PaidOutcome.UnknownPerson, TaxTexts.Reason("Reason_UnknownPerson"));
        }

        record.ResidentId = resident.Id;
        if (!known.Enrollments.TryGetValue(resident.Id, out var enrollment))
        {
            return Outcome(record, PaidOutcome.NotEnrolled, TaxTexts.Reason("Reason_NotEnrolled", resident.Name, year));
        }

        record.EnrollmentId = enrollment.Id;
        if (enrollment.Status == EnrollmentStatus.Paid || !known.PaidInThisFile.Add(enrollment.Id))
        {
            return Outcome(record, PaidOutcome.DuplicatePayment, TaxTexts.Reason("Reason_Duplicate", resident.Name));
        }

        if (record.AmountFen is not { } amount || record.PaidAt is not { } paidAt)
        {
            known.PaidInThisFile.Remove(enrollment.Id);
            return Outcome(record, PaidOutcome.AmountMismatch, TaxTexts.Reason("Reason_Unreadable", record.AmountText, record.PaidAtText));
        }

        var quote = policy.Quote(enrollment.ProfileId, resident, known.Certifications[resident.Id], enrollment.Circumstances, Display.ChinaDate(paidAt));
        record.ExpectedFen = quote.AmountDueFen;
        if (!quote.Accepted || quote.AmountDueFen != amount)
        {
            known.PaidInThisFile.Remove(enrollment.Id);
            return Outcome(record, PaidOutcome.AmountMismatch, quote.Accepted
                ? TaxTexts.Reason("Reason_AmountMismatch", Display.Yuan(quote.AmountDueFen), Display.Yuan(amount), Display.Date(Display.ChinaDate(paidAt)))
                : TaxTexts.Reason("Reason_NotAccepted", Display.Date(Display.ChinaDate(paidAt)), quote.RejectedReason ?? quote.IneligibleReason ?? ""));
        }

        return Outcome(record, PaidOutcome.Recorded, TaxTexts.Reason("Reason_Recorded", Display.Yuan(amount), Display.Period(quote.BenefitStart, quote.BenefitEnd)));
    }

    private PaidRecord Raw(TableRow row)
    {
        var amountText = row.Get(PaidLayout.Amount);
        var paidAtText = row.Get(PaidLayout.PaidAt);
        return new PaidRecord
        {
            Id = Guid.CreateVersion7(),
            FileId = fileId,
            RowNumber = row.RowNumber,
            IdNumberText = RosterValues.Fit(row.Get(PaidLayout.IdNumber), PaidRecord.TextMaxLength),
            Name = RosterValues.Fit(row.Get(PaidLayout.Name), PaidRecord.TextMaxLength),
            YearText = RosterValues.Fit(row.Get(PaidLayout.Year), PaidRecord.TextMaxLength),
            AmountText = RosterValues.Fit(amountText, PaidRecord.TextMaxLength),
            AmountFen = Money.TryParse(amountText, out var money, out _) && !money.IsNegative ? money.Fen : null,
            PaidAtText = RosterValues.Fit(paidAtText, PaidRecord.TextMaxLength),
            PaidAt = PaidTimes.Parse(paidAtText),
            Channel = RosterValues.Fit(row.Get(PaidLayout.Channel), PaidRecord.TextMaxLength),
            Voucher = RosterValues.Fit(row.Get(PaidLayout.Voucher).Trim(), PaidRecord.TextMaxLength),
            TaxOffice = RosterValues.Fit(row.Get(PaidLayout.TaxOffice), PaidRecord.TextMaxLength),
        };
    }

    private static PaidRecord Outcome(PaidRecord record, PaidOutcome outcome, string reason)
    {
        record.Outcome = outcome;
        record.Reason = RosterValues.Fit(reason, 500);
        return record;
    }
}

/// <summary>缴费时间 as tax files write it, in China Standard Time.</summary>
internal static class PaidTimes
{
    private static readonly string[] Formats = ["yyyy-M-d H:mm:ss", "yyyy-M-d H:mm", "yyyy/M/d H:mm:ss", "yyyy/M/d H:mm", "yyyy-M-d", "yyyy/M/d", "yyyyMMdd", "yyyyMMddHHmmss"];

    public static DateTimeOffset? Parse(string text) =>
        DateTime.TryParseExact(text.Trim(), Formats, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var at)
            ? new DateTimeOffset(at, TimeSpan.FromHours(8))
            : null;
}
