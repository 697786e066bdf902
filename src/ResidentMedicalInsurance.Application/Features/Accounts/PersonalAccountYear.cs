using ResidentMedicalInsurance.Application.Policy;

namespace ResidentMedicalInsurance.Application.Features.Accounts;

/// <summary>
/// The personal account rule of the signed-in tenant for an insurance year: the tenant's current profile when it is of
/// that year, else the tenant's profile of that year in the catalog; null with the zh-CN reason when there is none.
/// </summary>
internal static class PersonalAccountYear
{
    public static async Task<(PersonalAccountView? Rule, string? Refusal)> RuleAsync(IAppDbContext db, IPolicyGateway policy, int year, CancellationToken ct)
    {
        var tenant = await db.Tenants.AsNoTracking().Select(t => new { t.Code, t.Name, t.CurrentProfileId }).FirstOrDefaultAsync(ct)
            ?? throw new ForbiddenException("未找到您所属的县医保局，请重新登录。");
        var current = policy.FindProfile(tenant.CurrentProfileId);
        var profile = current?.Year == year ? current : policy.FindProfile(tenant.Code, year);
        return profile?.PersonalAccount is { } rule
            ? (rule, null)
            : (null, profile is null
                ? AccountsTexts.Format("NoProfile", tenant.Name, year)
                : AccountsTexts.Format("NoAccount", profile.Title));
    }

    /// <summary>The rule, or an <see cref="AppException"/> with the reason.</summary>
    public static async Task<PersonalAccountView> RequireAsync(IAppDbContext db, IPolicyGateway policy, int year, CancellationToken ct)
    {
        var (rule, refusal) = await RuleAsync(db, policy, year, ct);
        return rule ?? throw new AppException(refusal!);
    }
}
