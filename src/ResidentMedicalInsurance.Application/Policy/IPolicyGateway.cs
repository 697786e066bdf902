using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Domain.Refunds;

namespace ResidentMedicalInsurance.Application.Policy;

/// <summary>
/// The handlers' one door to the policy engine: maps residents, certifications and circumstances to
/// the engine's case and its decision back to display-ready quotes.
/// </summary>
public interface IPolicyGateway
{
    /// <summary>The profile, or an <see cref="Abstractions.AppException"/> when the tenant's profile is unknown.</summary>
    PolicyProfileView Profile(string profileId);

    PolicyQuote Quote(
        string profileId, Resident resident, IEnumerable<SubsidyCertification> certifications,
        EnrollmentCircumstances circumstances, DateOnly paymentDate);

    RefundQuote Refund(
        string profileId, Resident resident, IEnumerable<SubsidyCertification> certifications,
        EnrollmentCircumstances circumstances, DateOnly paymentDate, RefundReason reason, DateOnly eventDate, bool benefitsUsed);
}
