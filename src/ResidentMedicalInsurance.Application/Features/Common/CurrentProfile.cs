using ResidentMedicalInsurance.Application.Policy;

namespace ResidentMedicalInsurance.Application.Features.Common;

/// <summary>The signed-in tenant and its current policy profile (the insurance year being enrolled).</summary>
public static class CurrentProfile
{
    public static async Task<(string TenantCode, string TenantName, PolicyProfileView Profile)> LoadAsync(
        IAppDbContext db, IPolicyGateway policy, CancellationToken ct)
    {
        var tenant = await db.Tenants.AsNoTracking().Select(t => new { t.Code, t.Name, t.CurrentProfileId })
            .FirstOrDefaultAsync(ct).ConfigureAwait(false)
            ?? throw new ForbiddenException("未找到您所属的县医保局，请重新登录。");
        return (tenant.Code, tenant.Name, policy.Profile(tenant.CurrentProfileId));
    }
}
