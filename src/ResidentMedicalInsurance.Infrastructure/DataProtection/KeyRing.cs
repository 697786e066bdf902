using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Infrastructure.Persistence;

namespace ResidentMedicalInsurance.Infrastructure.DataProtection;

/// <summary>
/// The data-protection key ring (sign-in cookies, antiforgery, identity tokens) in the application
/// database through the framework's <c>PersistKeysToDbContext</c>, so it survives restarts and is
/// shared by every instance; encrypted at rest with a certificate when one is configured
/// (docs/decisions/0022-identity-and-key-ring.md).
/// </summary>
public static class KeyRing
{
    public const string Section = "DataProtection";
    public const string CertificatePathKey = Section + ":CertificatePath";
    public const string CertificatePasswordKey = Section + ":CertificatePassword";
    public const string ApplicationName = "ResidentMedicalInsurance";

    public static IDataProtectionBuilder AddKeyRing(this IServiceCollection services, IConfiguration configuration)
    {
        var builder = services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<AppDbContext>();
        if (CertificatePath(configuration) is { } path)
        {
            builder.ProtectKeysWithCertificate(
                X509CertificateLoader.LoadPkcs12FromFile(path, configuration[CertificatePasswordKey]));
        }

        return builder;
    }

    /// <summary>True when new keys are written encrypted (a certificate is configured).</summary>
    public static bool IsEncryptedAtRest(IConfiguration configuration) => CertificatePath(configuration) is not null;

    private static string? CertificatePath(IConfiguration configuration) =>
        configuration[CertificatePathKey] is { Length: > 0 } path ? path : null;
}
