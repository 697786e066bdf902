using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Security;
using ResidentMedicalInsurance.Infrastructure.Identity;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Infrastructure.Tenancy;

namespace ResidentMedicalInsurance.Cli.Database;

/// <summary><c>rmi create-user</c>: one portal account in one county, e.g. the first administrator.</summary>
public sealed class CreateUserCommand : ICliCommand
{
    private const string Usage =
        "用法：rmi create-user --tenant <县代码> --role <Clerk|CountyStaff|Supervisor|Admin> --user <用户名> --password <密码> [--display-name <姓名>] [--township <乡镇名> ...] [数据库参数]";

    public string Name => "create-user";

    public string Summary => "创建用户（经办员需用 --township 绑定乡镇）";

    public Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken) =>
        DatabaseHost.RunAsync(
            args,
            ["--tenant", "--role", "--user", "--password", "--display-name", "--township"],
            Usage,
            console,
            async (services, arguments) =>
            {
                var missing = new[] { "--tenant", "--role", "--user", "--password" }.Where(o => arguments.Get(o) is null).ToList();
                if (missing.Count > 0)
                {
                    await console.Error.WriteLineAsync($"缺少参数：{string.Join(" ", missing)}\n{Usage}").ConfigureAwait(false);
                    return 2;
                }

                var userName = await CreateAsync(services, arguments, cancellationToken).ConfigureAwait(false);
                await console.Out.WriteLineAsync($"已创建用户 {userName}。").ConfigureAwait(false);
                return 0;
            });

    private static async Task<string> CreateAsync(IServiceProvider services, CliArguments arguments, CancellationToken cancellationToken)
    {
        var role = Roles.All.FirstOrDefault(r => string.Equals(r, arguments.Get("--role"), StringComparison.OrdinalIgnoreCase))
            ?? throw new AppException($"未知的角色“{arguments.Get("--role")}”。可选：{string.Join("、", Roles.All)}。");

        Guid tenantId;
        await using (var lookup = services.CreateAsyncScope())
        {
            var db = lookup.ServiceProvider.GetRequiredService<AppDbContext>();
            if ((await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).Any())
            {
                throw new AppException("数据库尚未初始化或不是最新版本，请先运行 rmi migrate。");
            }

            var tenants = await db.Tenants.IgnoreQueryFilters().Select(t => new { t.Id, t.Code }).ToListAsync(cancellationToken).ConfigureAwait(false);
            tenantId = tenants.FirstOrDefault(t => t.Code == arguments.Get("--tenant"))?.Id
                ?? throw new AppException($"未知的县代码“{arguments.Get("--tenant")}”。可选：{string.Join("、", tenants.Select(t => t.Code).Order())}。");
        }

        // As the tenant's system user: the townships are read through the tenant filter, so another county's never match.
        await using var scope = services.GetRequiredService<IServiceScopeFactory>().CreateSystemScope(tenantId);
        var context = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var tenantName = await context.Tenants.Select(t => t.Name).SingleAsync(cancellationToken).ConfigureAwait(false);
        var townships = await context.Townships.OrderBy(t => t.SortOrder).ToListAsync(cancellationToken).ConfigureAwait(false);
        var requested = arguments.GetAll("--township");
        var unknown = requested.Where(n => townships.All(t => t.Name != n)).ToList();
        if (unknown.Count > 0)
        {
            throw new AppException($"{tenantName}没有乡镇“{string.Join("、", unknown)}”。可选：{string.Join("、", townships.Select(t => t.Name))}。");
        }

        if (role == Roles.Clerk && requested.Count == 0)
        {
            throw new AppException("经办员（Clerk）至少要绑定一个乡镇：请加 --township <乡镇名>。");
        }

        if (role != Roles.Clerk && requested.Count > 0)
        {
            throw new AppException($"只有经办员（Clerk）绑定乡镇，{role} 不需要 --township。");
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var userName = arguments.Get("--user")!;
        if (await users.FindByNameAsync(userName).ConfigureAwait(false) is not null)
        {
            throw new AppException($"用户名“{userName}”已存在，请换一个。");
        }

        var user = new AppUser
        {
            UserName = userName,
            TenantId = tenantId,
            DisplayName = arguments.Get("--display-name") ?? userName,
        };
        user.Townships.AddRange(townships.Where(t => requested.Contains(t.Name)).Select(t => new UserTownship { UserId = user.Id, TownshipId = t.Id }));

        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        Check(await users.CreateAsync(user, arguments.Get("--password")!).ConfigureAwait(false));
        Check(await users.AddToRoleAsync(user, role).ConfigureAwait(false));
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return userName;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new AppException($"无法创建用户：{string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
