using Microsoft.AspNetCore.Identity;

namespace ResidentMedicalInsurance.Web.Infrastructure.Security;

public enum SignInOutcome
{
    SignedIn,

    /// <summary>Unknown user, wrong password, a locked or a disabled account: one answer for all.</summary>
    Failed,

    /// <summary>The user name was tried too often; nothing was checked.</summary>
    Throttled,
}

/// <summary>
/// Password sign-in that gives an attacker nothing to tell accounts apart by: the same outcome and
/// about the same time for an unknown name, a wrong password, a locked and a disabled account (a password hash
/// is verified in every case), and a per-user limit before any of it.
/// </summary>
public sealed class PortalSignIn(
    SignInManager<AppUser> signIn, UserManager<AppUser> users, SignInThrottle throttle, DummyPasswordHash dummy, ILogger<PortalSignIn> logger)
{
    public async Task<SignInOutcome> SignInAsync(string userName, string password)
    {
        if (!throttle.TryAttempt(userName))
        {
            logger.LogWarning("Sign-in for {UserName} throttled", userName);
            return SignInOutcome.Throttled;
        }

        var user = await users.FindByNameAsync(userName);
        if (user is null || user.Disabled || await users.IsLockedOutAsync(user))
        {
            dummy.Verify(users.PasswordHasher, password);
            logger.LogWarning("Sign-in for {UserName} refused: {Reason}", userName, user is null ? "unknown user" : user.Disabled ? "disabled" : "locked out");
            return SignInOutcome.Failed;
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            logger.LogWarning("Sign-in for {UserName} failed{Locked}", userName, result.IsLockedOut ? " and locked the account" : "");
            return SignInOutcome.Failed;
        }

        logger.LogInformation("User {UserName} signed in", userName);
        return SignInOutcome.SignedIn;
    }
}

/// <summary>A hash of a random password, made once with the portal's own hasher, to verify against when there is no real one.</summary>
public sealed class DummyPasswordHash
{
    private string? hash;

    public void Verify(IPasswordHasher<AppUser> hasher, string password)
    {
        var value = hash ??= hasher.HashPassword(new AppUser(), Guid.NewGuid().ToString());
        hasher.VerifyHashedPassword(new AppUser(), value, password);
    }
}
