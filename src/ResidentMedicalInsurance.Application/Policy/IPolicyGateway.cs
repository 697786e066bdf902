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

    /// <summary>The profile, or null when the catalog has none of that id (e.g. a prior year that was never installed).</summary>
    PolicyProfileView? FindProfile(string profileId);

    /// <summary>Every installed profile of a tenant code, by year (the new-year choice reads them).</summary>
    IReadOnlyList<PolicyProfileView> ProfilesOf(string tenantCode);
    /// <summary>The tenant's profile of that insurance year, or null when the catalog has none.</summary>
    PolicyProfileView? FindProfile(string tenantCode, int year);

    /// <summary>The profile's subsidy categories with their modes, funders and cut-offs (the roster matcher reads them).</summary>
    IReadOnlyList<Policies.CategoryRule> Categories(string profileId);

    /// <summary>The profile's 对账期 in date order (the fund statement and the closed-period check read them).</summary>
    IReadOnlyList<Policies.ReconciliationPeriod> ReconciliationPeriods(string profileId);

    /// <summary>The campaign's targets beyond the township plans (the dashboard and the progress report read them).</summary>
    Policies.ProgressTargets Targets(string profileId);

    PolicyQuote Quote(
        string profileId, Resident resident, IEnumerable<SubsidyCertification> certifications,
        EnrollmentCircumstances circumstances, DateOnly paymentDate);

    /// <summary>
    /// Messages naming members a household registration leaves out, where the profile has a
    /// household rule (lianyungang-2008 第二条); empty otherwise.
    /// </summary>
    IReadOnlyList<string> MissingHouseholdMembers(string profileId, IReadOnlyList<HouseholdMemberFacts> members);

    RefundQuote Refund(
        string profileId, Resident resident, IEnumerable<SubsidyCertification> certifications,
        EnrollmentCircumstances circumstances, DateOnly paymentDate, RefundReason reason, DateOnly eventDate, bool benefitsUsed);
}

/// <summary>A household member as the household rule sees them.</summary>
public sealed record HouseholdMemberFacts(string Name, bool Eligible, bool Deferring, bool Registered);
