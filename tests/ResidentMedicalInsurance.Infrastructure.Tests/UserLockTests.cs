using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Application;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Users;
using ResidentMedicalInsurance.Infrastructure.Demo;
using ResidentMedicalInsurance.Infrastructure.Identity;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;

namespace ResidentMedicalInsurance.Infrastructure.Tests;

/// <summary>An Admin locks and unlocks users of their own tenant only; a lock ends the user's sessions; both are audited.</summary>
public sealed class UserLockTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Admin_locks_and_unlocks_a_user_of_the_own_tenant_and_the_old_session_dies(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var services = database.BuildServices(s => s.AddApplication());
        await services.Provider.GetRequiredService<DemoSeeder>().SeedAsync();
        var clerkSession = await services.SignInPrincipalAsync("youxi-clerk");
        var clerkId = await UserId(services, "youxi-clerk");
        var otherTenantsClerk = await UserId(services, "shiquan-clerk");

        var listed = await Send(services, "youxi-admin", new ListUsers());
        Assert.All(listed, u => Assert.StartsWith("youxi-", u.UserName, StringComparison.Ordinal));
        Assert.Equal(DemoUsers.PerCounty.Count, listed.Count);

        var locked = await Send(services, "youxi-admin", new SetUserLocked(clerkId, true));
        Assert.True(locked.Locked);
        Assert.False(await IsValid(services, clerkSession), "the clerk's session must end when the admin locks the account");
        Assert.Contains(await Send(services, "youxi-admin", new ListUsers()), u => u.UserId == clerkId && u.Locked && u.LockText.Contains("管理员", StringComparison.Ordinal));

        await Assert.ThrowsAsync<NotFoundException>(() => Send(services, "youxi-admin", new SetUserLocked(otherTenantsClerk, true)));
        var adminId = await UserId(services, "youxi-admin");
        await Assert.ThrowsAsync<AppException>(() => Send(services, "youxi-admin", new SetUserLocked(adminId, true)));
        await Assert.ThrowsAsync<ForbiddenException>(() => Send(services, "youxi-staff", new SetUserLocked(clerkId, false)));

        await Send(services, "youxi-admin", new SetUserLocked(clerkId, false));
        await using (var scope = services.Provider.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var clerk = (await users.FindByIdAsync(clerkId))!;
            Assert.False(await users.IsLockedOutAsync(clerk));
            var other = (await users.FindByIdAsync(otherTenantsClerk))!;
            Assert.Null(other.LockoutEnd);
        }

        await using var audit = await services.ScopeAsUserAsync("youxi-admin");
        var entries = await audit.Db().AuditEntries.Where(a => a.Action == nameof(SetUserLocked)).ToListAsync();
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal("youxi-admin", e.UserName));
        Assert.Contains(entries, e => e.After!.Contains("\"Locked\":true", StringComparison.Ordinal));
    }

    private static async Task<T> Send<T>(TestServices services, string userName, IRequest<T> request)
    {
        await using var scope = await services.ScopeAsUserAsync(userName);
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    private static async Task<bool> IsValid(TestServices services, System.Security.Claims.ClaimsPrincipal session)
    {
        await using var scope = services.Provider.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IUserSessionValidator>().IsStillValidAsync(session);
    }

    private static async Task<string> UserId(TestServices services, string userName)
    {
        await using var scope = services.Provider.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(userName))!.Id;
    }
}
