using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Households;

namespace ResidentMedicalInsurance.Application.Features.Enrollments;

/// <summary>
/// 参保登记 of one resident already loaded in the user's scope: quote, the one-live-enrolment-per-year
/// rule, certifications and the save. Shared by <see cref="EnrollResident"/> and <see cref="EnrollHousehold"/>
/// (one command, one transaction: no request is sent from inside another).
/// </summary>
internal sealed class ResidentEnrolment(IAppDbContext db, IClock clock, IPolicyGateway policy, IEnrolmentsElsewhere elsewhere)
{
    public async Task<EnrollmentSaved> EnrolAsync(Resident resident, PolicyProfileView profile, EnrollmentInput input, CancellationToken ct)
    {
        var certifications = await EnrollmentContext.StoredCertifications(db, resident.Id, profile.Year, ct);
        var quote = policy.Quote(profile.Id, resident, certifications, input.Circumstances, clock.Today);

        // An enrolment ended by an approved refund does not block a new one (ADR 0036).
        var existing = await db.Enrollments.AsNoTracking()
            .FirstOrDefaultAsync(e => e.ResidentId == resident.Id && e.Year == profile.Year && e.Status != EnrollmentStatus.Ended, ct);
        if (existing is not null)
        {
            return new EnrollmentSaved(existing.Id, true,
                Messages.Format("ResidentEnrolment_AlreadyEnrolled", resident.Name, profile.Year, Labels.Of(existing.Status)), quote);
        }

        if (resident.Departure is { } departure)
        {
            throw new AppException(Messages.Format("ResidentEnrolment_Departed", resident.Name, Labels.Of(departure), Display.Date(resident.DepartedOn)));
        }

        if (!quote.Eligible)
        {
            throw new AppException(Messages.Format("ResidentEnrolment_Ineligible", resident.Name, quote.IneligibleReason, string.Join(Messages.Get("Common_ListSeparator"), quote.Basis)));
        }

        if (await elsewhere.EnrolledElsewhereAsync(resident.IdNumber, profile.Year, ct))
        {
            throw new AppException(Messages.Format("ResidentEnrolment_EnrolledElsewhere", resident.Name, profile.Year));
        }

        var enrollment = NewEnrollment.From(resident, profile, quote, input.Circumstances, clock, renewed: false);
        db.Enrollments.Add(enrollment);
        await SaveGuard.SaveAsync(db, Messages.Format("ResidentEnrolment_Conflict", resident.Name, profile.Year), ct);
        return new EnrollmentSaved(enrollment.Id, false, Messages.Format("ResidentEnrolment_Enrolled", resident.Name, profile.Year, quote.Summary), quote);
    }
}

/// <summary>A new enrolment awaiting payment, with the quote of today (also the demo data's).</summary>
public static class NewEnrollment
{
    public static Enrollment From(
        Domain.Households.Resident resident, PolicyProfileView profile, PolicyQuote quote,
        EnrollmentCircumstances circumstances, IClock clock, bool renewed) => new()
    {
        Id = Guid.CreateVersion7(),
        ResidentId = resident.Id,
        HouseholdId = resident.HouseholdId,
        TownshipId = resident.TownshipId,
        Year = profile.Year,
        ProfileId = profile.Id,
        Status = EnrollmentStatus.AwaitingPayment,
        Circumstances = circumstances,
        // Null when a payment today would not be taken: the fee on the payment date is quoted then.
        StandardFeeFen = quote.StandardFeeFen,
        SubsidyFen = quote.SubsidyFen ?? (quote.StandardFeeFen is null ? null : 0),
        SubsidyCode = quote.SubsidyCode,
        AmountDueFen = quote.AmountDueFen,
        Basis = BasisText.Join(quote.Basis),
        EnrolledAt = clock.Now,
        Renewed = renewed,
    };
}
