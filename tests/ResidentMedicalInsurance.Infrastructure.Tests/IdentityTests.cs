using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Application.Security;
using ResidentMedicalInsurance.Domain.Progress;
using ResidentMedicalInsurance.Infrastructure.Demo;
using ResidentMedicalInsurance.Infrastructure.Identity;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;

namespace ResidentMedicalInsurance.Infrastructure.Tests;

public sealed class IdentityTests
{
    private const string GoodPassword = "Qz@2026-lock";

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Fifth_failed_sign_in_locks_the_account_for_15_minutes(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        // The host's sign-in manager on top of the portal's identity core, as the Web registers it.
        var services = database.BuildServices(s =>
        {
            s.AddAuthentication();
            new IdentityBuilder(typeof(AppUser), typeof(IdentityRole), s).AddSignInManager();
        });
        var youxi = await services.TenantAsync("youxi");
        await CreateUserAsync(services, youxi.Id, "lock-test");

        await using var scope = services.Provider.CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<AppUser>>();
        var user = (await signIn.UserManager.FindByNameAsync("lock-test"))!;
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var failed = await signIn.CheckPasswordSignInAsync(user, "Wrong@password-1", lockoutOnFailure: true);
            Assert.False(failed.Succeeded);
            Assert.False(failed.IsLockedOut, $"locked out after only {attempt} failures");
        }

        var fifth = await signIn.CheckPasswordSignInAsync(user, "Wrong@password-1", lockoutOnFailure: true);
        Assert.True(fifth.IsLockedOut);
        var right = await signIn.CheckPasswordSignInAsync(user, GoodPassword, lockoutOnFailure: true);
        Assert.True(right.IsLockedOut, "the right password must not open a locked account");
        var end = await signIn.UserManager.GetLockoutEndDateAsync(user);
        Assert.InRange(end!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15.1));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Password_shorter_than_12_characters_is_refused_in_zh_CN(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var youxi = await database.Services.TenantAsync("youxi");
        await using var scope = database.Services.Provider.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();

        var tooShort = await users.CreateAsync(new AppUser { UserName = "short-pw", TenantId = youxi.Id, DisplayName = "短密码" }, "Ab@4567890x");
        Assert.False(tooShort.Succeeded);
        var error = Assert.Single(tooShort.Errors);
        Assert.Equal(nameof(IdentityErrorDescriber.PasswordTooShort), error.Code);
        Assert.Equal("密码至少需要 12 个字符。", error.Description);

        var noSymbol = await users.CreateAsync(new AppUser { UserName = "weak-pw", TenantId = youxi.Id, DisplayName = "弱密码" }, "Abcdefgh1234");
        Assert.Equal([nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric)], noSymbol.Errors.Select(e => e.Code));

        var twelve = await users.CreateAsync(new AppUser { UserName = "ok-pw", TenantId = youxi.Id, DisplayName = "合格" }, "Ab@456789012");
        Assert.True(twelve.Succeeded, string.Join(" ", twelve.Errors.Select(e => e.Description)));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Sign_in_principal_carries_tenant_display_name_roles_and_bound_townships(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateDemoAsync(provider);
        var youxi = await database.Services.TenantAsync("youxi");

        var clerk = await database.Services.SignInPrincipalAsync("youxi-clerk");
        Assert.Equal(youxi.Id.ToString(), clerk.FindFirstValue(AppClaimTypes.TenantId));
        Assert.Equal("尤溪县", clerk.FindFirstValue(AppClaimTypes.TenantName));
        Assert.Equal("张丽（城关镇、梅仙镇经办员）", clerk.FindFirstValue(AppClaimTypes.DisplayName));
        Assert.Equal("youxi-clerk", clerk.Identity!.Name);
        Assert.True(clerk.IsInRole(Roles.Clerk));
        Assert.Equal(
            youxi.Townships.Take(2).Select(t => t.Id.ToString()).Order(),
            clerk.FindAll(AppClaimTypes.TownshipId).Select(c => c.Value).Order());

        var staff = await database.Services.SignInPrincipalAsync("youxi-staff");
        Assert.True(staff.IsInRole(Roles.CountyStaff));
        Assert.Empty(staff.FindAll(AppClaimTypes.TownshipId));

        // The principal drives the tenant filter: the clerk sees Youxi's townships only.
        await using var scope = database.Services.ScopeAs(clerk);
        var current = scope.User();
        Assert.Equal(youxi.Id, current.TenantId);
        Assert.Equal(2, current.TownshipIds.Count);
        var names = await scope.Db().Townships.Select(t => t.Name).ToListAsync();
        Assert.Equal(youxi.Townships.Select(t => t.Name).Order(), names.Order());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Demo_seeding_creates_every_role_in_every_county_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var seeder = database.Services.Provider.GetRequiredService<DemoSeeder>();
        Assert.Equal(20, await seeder.SeedAsync());
        Assert.Equal(0, await seeder.SeedAsync());

        await using var scope = database.Services.Provider.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        foreach (var code in new[] { "lianyungang", "haimen", "shiquan", "youxi" })
        {
            var tenant = await database.Services.TenantAsync(code);
            foreach (var demo in DemoUsers.PerCounty)
            {
                var user = await users.Users.Include(u => u.Townships).SingleAsync(u => u.UserName == $"{code}-{demo.Suffix}");
                Assert.Equal(tenant.Id, user.TenantId);
                Assert.Equal([demo.Role], await users.GetRolesAsync(user));
                Assert.True(await users.CheckPasswordAsync(user, DemoUsers.Password));
                Assert.Equal(demo.Townships.Select(i => tenant.Townships[i].Id).Order(), user.Townships.Select(t => t.TownshipId).Order());
            }
        }

        // Demo plans only where the notice gives none; the notices' plans stay as they are.
        var haimen = await database.Services.TenantAsync("haimen");
        await using var haimenScope = database.Services.ScopeAs(haimen.Id, Roles.Supervisor);
        var haimenDb = haimenScope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(await haimenDb.Townships.CountAsync(), await haimenDb.TownshipPlans.CountAsync(p => p.Year == 2020 && p.Source == PlanSource.Entered));
        var shiquan = await database.Services.TenantAsync("shiquan");
        await using var shiquanScope = database.Services.ScopeAs(shiquan.Id, Roles.Supervisor);
        Assert.Equal(154565, await shiquanScope.ServiceProvider.GetRequiredService<AppDbContext>().TownshipPlans.Where(p => p.Year == 2021 && p.Source == PlanSource.Notice).SumAsync(p => p.Persons));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_signed_in_session_ends_when_the_user_is_locked_out_changed_or_deleted(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var youxi = await database.Services.TenantAsync("youxi");
        foreach (var name in new[] { "session-lock", "session-stamp", "session-gone" })
        {
            await CreateUserAsync(database.Services, youxi.Id, name);
        }

        async Task<bool> StillValid(ClaimsPrincipal principal)
        {
            await using var scope = database.Services.Provider.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<IUserSessionValidator>().IsStillValidAsync(principal);
        }

        async Task Change(string name, Func<UserManager<AppUser>, AppUser, Task<IdentityResult>> change)
        {
            await using var scope = database.Services.Provider.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var result = await change(users, (await users.FindByNameAsync(name))!);
            Assert.True(result.Succeeded);
        }

        var locked = await database.Services.SignInPrincipalAsync("session-lock");
        var stamped = await database.Services.SignInPrincipalAsync("session-stamp");
        var gone = await database.Services.SignInPrincipalAsync("session-gone");
        Assert.True(await StillValid(locked));
        Assert.True(await StillValid(stamped));
        Assert.True(await StillValid(gone));

        await Change("session-lock", (u, user) => u.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddMinutes(15)));
        await Change("session-stamp", (u, user) => u.UpdateSecurityStampAsync(user));
        await Change("session-gone", (u, user) => u.DeleteAsync(user));

        Assert.False(await StillValid(locked), "a locked-out user keeps working");
        Assert.False(await StillValid(stamped), "a changed security stamp keeps the old session");
        Assert.False(await StillValid(gone), "a deleted user keeps working");
    }

    private static async Task CreateUserAsync(TestServices services, Guid tenantId, string userName)
    {
        await using var scope = services.Provider.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var created = await users.CreateAsync(new AppUser { UserName = userName, TenantId = tenantId, DisplayName = userName }, GoodPassword);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
    }
}
