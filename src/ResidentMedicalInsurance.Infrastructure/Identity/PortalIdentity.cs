using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ResidentMedicalInsurance.Infrastructure.Persistence;

namespace ResidentMedicalInsurance.Infrastructure.Identity;

/// <summary>Identity below the UI: users, roles, EF stores, token providers and the portal's rules.</summary>
public static class PortalIdentity
{
    public const int PasswordMinLength = 12;
    public const int MaxFailedSignIns = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    /// <summary>
    /// PBKDF2-HMAC-SHA512 iterations (OWASP's figure for it; the framework's default is 100,000). The hash
    /// then outweighs the database write a failed sign-in makes, so a wrong password of a real user and an
    /// unknown name take about the same time (SignInTimingTests). Older hashes are upgraded at sign-in.
    /// </summary>
    public const int PasswordHashIterations = 210_000;

    /// <summary>
    /// Registers UserManager and RoleManager over <see cref="AppDbContext"/> with the portal's options and
    /// claims. Sign-in (SignInManager, cookies) is the host's: chain <c>.AddSignInManager()</c> there.
    /// Token providers need data protection: <see cref="DataProtection.KeyRing.AddKeyRing"/> keeps its keys.
    /// </summary>
    public static IdentityBuilder AddPortalIdentityCore(this IServiceCollection services)
    {
        var builder = services
            .AddIdentityCore<AppUser>(Configure)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<PortalIdentityErrorDescriber>();

        services.Configure<PasswordHasherOptions>(o => o.IterationCount = PasswordHashIterations);

        // After AddRoles, which registers the framework's factory.
        services.Replace(ServiceDescriptor.Scoped<IUserClaimsPrincipalFactory<AppUser>, PortalClaimsPrincipalFactory>());
        services.AddScoped<IUserSessionValidator, UserSessionValidator>();
        services.AddScoped<IUserAccounts, UserAccounts>();
        return builder;
    }

    public static void Configure(IdentityOptions options)
    {
        options.Password.RequiredLength = PasswordMinLength;
        options.Password.RequireDigit = true;
        options.Password.RequireLowercase = true;
        options.Password.RequireUppercase = true;
        options.Password.RequireNonAlphanumeric = true;
        options.Password.RequiredUniqueChars = 4;

        options.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
        options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
        options.Lockout.AllowedForNewUsers = true;

        options.User.RequireUniqueEmail = false;
        options.SignIn.RequireConfirmedAccount = false;
    }
}
