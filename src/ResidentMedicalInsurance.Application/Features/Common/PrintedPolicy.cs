using ResidentMedicalInsurance.Application.Policy;

namespace ResidentMedicalInsurance.Application.Features.Common;

/// <summary>
/// The policy a printout (receipt, registration form) names: its profile when the catalog has it, else the year
/// alone, so that a year whose profile was never installed (the demo's prior-year enrolments) still prints.
/// Amounts, period, subsidy and basis always come from what was stored at enrolment or payment.
/// </summary>
public sealed record PrintedPolicy(string Title, IReadOnlyList<CodeLabel> Categories)
{
    public static PrintedPolicy For(IPolicyGateway policy, string profileId, string tenantName, int year) =>
        policy.FindProfile(profileId) is { } profile
            ? new(profile.Title, profile.Categories)
            : new($"{tenantName}{year}年度城乡居民医保", []);

    /// <summary>The category's label, or its stored code when the profile is not installed.</summary>
    public string Category(string? code) => Categories.FirstOrDefault(c => c.Code == code)?.Label ?? code ?? "";
}
