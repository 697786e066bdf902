using System.Security.Claims;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Application;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Users;
using ResidentMedicalInsurance.Application.Security;
using ResidentMedicalInsurance.Infrastructure.Demo;
using ResidentMedicalInsurance.Infrastructure.Identity;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;

namespace ResidentMedicalInsurance.Infrastructure.Tests;

/// <summary>
/// 用户管理 beyond locks: an Admin creates users with a one-time password, binds clerks to townships,
/// resets passwords and disables accounts, in the own tenant only; the user changes the one-time
/// password; each change ends the user's sessions and is audited without any password.
/// </summary>
public sealed class UserManagementTests
{
    private const string NewPassword = "Neu-Passwort-2026";

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Admin_creates_a_clerk_bound_to_one_township_who_must_change_the_one_time_password(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var services = database.BuildServices(s => s.AddApplication());
        await services.Provider.GetRequiredService<DemoSeeder>().SeedAsync();
        var youxi = await services.TenantAsync("youxi");
        var shiquan = await services.TenantAsync("shiquan");
        var township = youxi.Townships[1].Id;

        var refused = await Assert.ThrowsAsync<InputValidationException>(() => Send(services, "youxi-admin", new CreateUser(Roles.Clerk, "yx-new", "赵敏", [])));
        Assert.Contains(UserRules.ClerkNeedsTownship, refused.Errors);
        await Assert.ThrowsAsync<InputValidationException>(() => Send(services, "youxi-admin", new CreateUser(Roles.CountyStaff, "yx-new", "赵敏", [township])));
        await Assert.ThrowsAsync<InputValidationException>(() => Send(services, "youxi-admin", new CreateUser(Roles.Admin, "yx-new", "赵敏", [])));
        await Assert.ThrowsAsync<InputValidationException>(() => Send(services, "youxi-admin", new CreateUser(Roles.Clerk, "yx new", "赵\u202e敏", [township])));
        await Assert.ThrowsAsync<NotFoundException>(() => Send(services, "youxi-admin", new CreateUser(Roles.Clerk, "yx-new", "赵敏", [shiquan.Townships[0].Id])));
        await Assert.ThrowsAsync<ForbiddenException>(() => Send(services, "youxi-staff", new CreateUser(Roles.Clerk, "yx-new", "赵敏", [township])));
        Assert.Null(await FindAsync(services, "yx-new"));

        var created = await Send(services, "youxi-admin", new CreateUser(Roles.Clerk, " yx-new ", "赵敏", [township]));
        Assert.Equal("yx-new", created.UserName);
        Assert.Equal(OneTimePassword.Length, created.OneTimePassword.Length);
        Assert.Contains("一次性密码", created.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<AppException>(() => Send(services, "youxi-admin", new CreateUser(Roles.Supervisor, "yx-new", "另一人", [])));

        var session = await services.SignInPrincipalAsync("yx-new");
        Assert.True(session.HasClaim(AppClaimTypes.MustChangePassword, "true"));
        Assert.Equal([township.ToString()], session.FindAll(AppClaimTypes.TownshipId).Select(c => c.Value));
        Assert.True(session.IsInRole(Roles.Clerk));
        var row = Assert.Single(await Send(services, "youxi-admin", new ListUsers()), u => u.UserName == "yx-new");
        Assert.True(row is { IsClerk: true, MustChangePassword: true, Disabled: false });
        Assert.Equal(youxi.Townships[1].Name, row.TownshipsText);

        var wrong = await Assert.ThrowsAsync<InputValidationException>(() => SendAs(services, session, new ChangeOwnPassword("not-it", NewPassword, NewPassword)));
        Assert.Contains("当前密码不正确。", wrong.Errors);
        var weak = await Assert.ThrowsAsync<InputValidationException>(() => SendAs(services, session, new ChangeOwnPassword(created.OneTimePassword, "short", "shorter")));
        Assert.Contains(weak.Errors, e => e.Contains("12", StringComparison.Ordinal));
        Assert.Contains("两次输入的新密码不一致。", weak.Errors);

        await SendAs(services, session, new ChangeOwnPassword(created.OneTimePassword, NewPassword, NewPassword));
        Assert.False(await IsValid(services, session), "the change of password ends the one-time session");
        var user = (await FindAsync(services, "yx-new"))!;
        Assert.False(user.MustChangePassword);
        Assert.True(await CheckPassword(services, "yx-new", NewPassword));
        Assert.False((await services.SignInPrincipalAsync("yx-new")).HasClaim(c => c.Type == AppClaimTypes.MustChangePassword));

        await AssertAuditedWithoutPasswords(services, [nameof(CreateUser), nameof(ChangeOwnPassword)], created.OneTimePassword);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Admin_moves_resets_and_disables_a_user_and_each_ends_the_users_session(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var services = database.BuildServices(s => s.AddApplication());
        await services.Provider.GetRequiredService<DemoSeeder>().SeedAsync();
        var youxi = await services.TenantAsync("youxi");
        var clerkId = (await FindAsync(services, "youxi-clerk2"))!.Id;
        var adminId = (await FindAsync(services, "youxi-admin"))!.Id;
        var otherTenants = (await FindAsync(services, "shiquan-clerk"))!.Id;

        var session = await services.SignInPrincipalAsync("youxi-clerk2");
        var moved = await Send(services, "youxi-admin", new SetUserTownships(clerkId, [youxi.Townships[0].Id, youxi.Townships[3].Id]));
        Assert.Contains(youxi.Townships[3].Name, moved.Message, StringComparison.Ordinal);
        Assert.False(await IsValid(services, session), "new townships end the old session (its claims name the old ones)");
        Assert.Equal(new[] { youxi.Townships[0].Id, youxi.Townships[3].Id }.Order(),
            (await services.SignInPrincipalAsync("youxi-clerk2")).FindAll(AppClaimTypes.TownshipId).Select(c => Guid.Parse(c.Value)).Order());
        await Assert.ThrowsAsync<InputValidationException>(() => Send(services, "youxi-admin", new SetUserTownships(clerkId, [])));
        var staffId = (await FindAsync(services, "youxi-staff"))!.Id;
        await Assert.ThrowsAsync<AppException>(() => Send(services, "youxi-admin", new SetUserTownships(staffId, [youxi.Townships[0].Id])));
        await Assert.ThrowsAsync<NotFoundException>(() => Send(services, "youxi-admin", new SetUserTownships(otherTenants, [youxi.Townships[0].Id])));

        session = await services.SignInPrincipalAsync("youxi-clerk2");
        var reset = await Send(services, "youxi-admin", new ResetPassword(clerkId));
        Assert.False(await IsValid(services, session));
        Assert.True(await CheckPassword(services, "youxi-clerk2", reset.OneTimePassword));
        Assert.False(await CheckPassword(services, "youxi-clerk2", DemoUsers.Password));
        Assert.True((await FindAsync(services, "youxi-clerk2"))!.MustChangePassword);
        await Assert.ThrowsAsync<AppException>(() => Send(services, "youxi-admin", new ResetPassword(adminId)));
        await Assert.ThrowsAsync<NotFoundException>(() => Send(services, "youxi-admin", new ResetPassword(otherTenants)));

        session = await services.SignInPrincipalAsync("youxi-clerk2");
        await Send(services, "youxi-admin", new SetUserDisabled(clerkId, true));
        Assert.False(await IsValid(services, session));
        Assert.False(await IsValid(services, await services.SignInPrincipalAsync("youxi-clerk2")), "a disabled user has no valid session at all");
        Assert.Contains(await Send(services, "youxi-admin", new ListUsers()), u => u.UserId == clerkId && u.Disabled && !u.Locked);
        await Assert.ThrowsAsync<AppException>(() => Send(services, "youxi-admin", new SetUserDisabled(adminId, true)));
        await Assert.ThrowsAsync<NotFoundException>(() => Send(services, "youxi-admin", new SetUserDisabled(otherTenants, true)));
        await Assert.ThrowsAsync<ForbiddenException>(() => Send(services, "youxi-supervisor", new SetUserDisabled(clerkId, false)));

        await Send(services, "youxi-admin", new SetUserDisabled(clerkId, false));
        Assert.True(await IsValid(services, await services.SignInPrincipalAsync("youxi-clerk2")));
        Assert.False((await FindAsync(services, "shiquan-clerk"))!.Disabled);

        await AssertAuditedWithoutPasswords(services, [nameof(SetUserTownships), nameof(ResetPassword), nameof(SetUserDisabled)], reset.OneTimePassword);
    }

    private static async Task AssertAuditedWithoutPasswords(TestServices services, string[] actions, string password)
    {
        await using var scope = await services.ScopeAsUserAsync("youxi-admin");
        var entries = await scope.Db().AuditEntries.Where(a => a.EntityType == "User").ToListAsync();
        Assert.All(actions, a => Assert.Contains(entries, e => e.Action == a));
        Assert.All(entries, e => Assert.DoesNotContain(password, (e.Before ?? "") + e.After, StringComparison.Ordinal));
        Assert.All(entries, e => Assert.DoesNotContain(NewPassword, (e.Before ?? "") + e.After, StringComparison.Ordinal));
        Assert.All(entries, e => Assert.DoesNotContain("Password\":\"", (e.Before ?? "") + e.After, StringComparison.Ordinal));
    }

    private static async Task<T> Send<T>(TestServices services, string userName, IRequest<T> request) =>
        await SendAs(services, await services.SignInPrincipalAsync(userName), request);

    private static async Task<T> SendAs<T>(TestServices services, ClaimsPrincipal principal, IRequest<T> request)
    {
        await using var scope = services.ScopeAs(principal);
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    private static async Task<bool> IsValid(TestServices services, ClaimsPrincipal session)
    {
        await using var scope = services.Provider.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IUserSessionValidator>().IsStillValidAsync(session);
    }

    private static async Task<AppUser?> FindAsync(TestServices services, string userName)
    {
        await using var scope = services.Provider.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(userName);
    }

    private static async Task<bool> CheckPassword(TestServices services, string userName, string password)
    {
        await using var scope = services.Provider.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await users.CheckPasswordAsync((await users.FindByNameAsync(userName))!, password);
    }
}
