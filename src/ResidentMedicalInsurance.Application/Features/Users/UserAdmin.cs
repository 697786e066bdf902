using System.Text.Json;
using ResidentMedicalInsurance.Application.Auditing;
using ResidentMedicalInsurance.Domain.Auditing;

namespace ResidentMedicalInsurance.Application.Features.Users;

/// <summary>What every user-management command shares: the account of the Admin's own tenant, and its audit note (never a password).</summary>
public static class UserAdmin
{
    /// <summary>The account, or "not found" (also for another tenant's); <paramref name="notSelf"/> is the refusal when it is the Admin's own account.</summary>
    public static async Task<UserAccount> AccountAsync(IUserAccounts accounts, ICurrentUser user, string userId, string? notSelf, CancellationToken cancellationToken)
    {
        var account = await accounts.FindAsync(user.TenantId!.Value, userId, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException(Messages.Get("Users_NotFound"));
        if (notSelf is not null && account.UserId == user.UserId)
        {
            throw new AppException(notSelf);
        }

        return account;
    }

    /// <summary>Notes the change of one account and saves it, in the command's transaction.</summary>
    public static Task AuditAsync(
        IAppDbContext db, ICurrentUser user, IClock clock, string action, string userId, AuditOperation operation, object? before, object after,
        CancellationToken cancellationToken)
    {
        AuditNote.Add(db, user, clock, action, "User", Guid.TryParse(userId, out var id) ? id : Guid.Empty, operation,
            before: before is null ? null : JsonSerializer.Serialize(before), after: JsonSerializer.Serialize(after));
        return db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>The outcome of a user-management command, with the message for the Admin.</summary>
public sealed record UserChanged(string UserId, string Message);

/// <summary>A new one-time password, shown once to the Admin, who hands it to the user.</summary>
public sealed record OneTimePasswordIssued(string UserId, string UserName, string OneTimePassword, string Message);

/// <summary>The rules shared by creating a user and changing a clerk's townships.</summary>
public static class UserRules
{
    public const int UserNameMaxLength = 64;
    public const int DisplayNameMaxLength = 100;

    /// <summary>The roles an Admin gives; another Admin is made with <c>rmi create-user</c>.</summary>
    public static readonly IReadOnlyList<string> AssignableRoles = [Roles.Clerk, Roles.CountyStaff, Roles.Supervisor];

    public static string ClerkNeedsTownship => Messages.Get("Users_ClerkNeedsTownship");

    public static string OnlyClerksHaveTownships => Messages.Get("Users_OnlyClerksHaveTownships");
}
