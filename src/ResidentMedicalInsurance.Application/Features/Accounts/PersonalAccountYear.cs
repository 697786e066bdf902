using ResidentMedicalInsurance.Application.Policy;

namespace ResidentMedicalInsurance.Application.Features.Accounts;

/// <summary>
/// The personal account rule of the signed-in tenant for an insurance year: the tenant's current profile when it is of
/// that year, else the tenant's profile of that year in the catalog; null with the zh-CN reason when there is none.
/// </summary>
internal static class PersonalAccountYear
{
    /// <summary>The year asked for, or the current profile's when none is; its rule, or null and the reason.</summary>
    public static async Task<(int Year, PersonalAccountView? Rule, string? Refusal)> RuleAsync(IAppDbContext db, IPolicyGateway policy, int? year, CancellationToken ct)
    {
        var (code, name, current) = await CurrentProfile.LoadAsync(db, policy, ct);
        var asked = year ?? current.Year;
        var profile = current.Year == asked ? current : policy.FindProfile(code, asked);
        return profile?.PersonalAccount is { } rule
            ? (asked, rule, null)
            : (asked, null, profile is null
                ? AccountsTexts.Format("NoProfile", name, asked)
                : AccountsTexts.Format("NoAccount", profile.Title));
    }

    /// <summary>The rule, or an <see cref="AppException"/> with the reason.</summary>
    public static async Task<PersonalAccountView> RequireAsync(IAppDbContext db, IPolicyGateway policy, int year, CancellationToken ct)
    {
        var (_, rule, refusal) = await RuleAsync(db, policy, year, ct);
        return rule ?? throw new AppException(refusal!);
    }
}
