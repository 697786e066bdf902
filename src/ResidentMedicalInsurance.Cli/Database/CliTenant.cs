using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Infrastructure.Identity;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Infrastructure.Tenancy;

namespace ResidentMedicalInsurance.Cli.Database;

/// <summary>The county a command works in (<c>--tenant</c>) and the scope it works in, as <c>cli:&lt;user&gt;</c> (county staff).</summary>
internal static class CliTenant
{
    /// <summary>The tenant of a county code (zh-CN error listing the codes); refuses a database that is not migrated.</summary>
    public static async Task<Guid> IdAsync(IServiceProvider services, string code, CancellationToken ct)
    {
        await using var lookup = services.CreateAsyncScope();
        var db = lookup.ServiceProvider.GetRequiredService<AppDbContext>();
        if ((await db.Database.GetPendingMigrationsAsync(ct).ConfigureAwait(false)).Any())
        {
            throw new AppException("数据库尚未初始化或不是最新版本，请先运行 rmi migrate。");
        }

        var tenants = await db.Tenants.IgnoreQueryFilters().Select(t => new { t.Id, t.Code }).ToListAsync(ct).ConfigureAwait(false);
        return tenants.FirstOrDefault(t => t.Code == code)?.Id
            ?? throw new AppException($"未知的县代码“{code}”。可选：{string.Join("、", tenants.Select(t => t.Code).Order())}。");
    }

    /// <summary>A scope signed in to the county of <paramref name="code"/> as the command line's user.</summary>
    public static async Task<AsyncServiceScope> ScopeAsync(IServiceProvider services, string code, CancellationToken ct)
    {
        var tenantId = await IdAsync(services, code, ct).ConfigureAwait(false);
        return services.GetRequiredService<IServiceScopeFactory>().CreateScopeAs(CurrentUser.JobPrincipal(tenantId, "cli", $"cli:{Environment.UserName}"));
    }
}
