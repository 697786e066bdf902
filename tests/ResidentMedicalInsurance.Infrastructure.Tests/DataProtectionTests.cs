using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Infrastructure.DataProtection;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;

namespace ResidentMedicalInsurance.Infrastructure.Tests;

public sealed class DataProtectionTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Payload_protected_before_a_restart_is_readable_after_it(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);

        string token;
        await using (var before = database.BuildServices())
        {
            token = before.Provider.GetRequiredService<IDataProtectionProvider>().CreateProtector("cookie").Protect("尤溪县经办员");
        }

        // A second process over the same database: no key on disk, only the table.
        await using var after = database.BuildServices();
        Assert.Equal("尤溪县经办员", after.Provider.GetRequiredService<IDataProtectionProvider>().CreateProtector("cookie").Unprotect(token));
        await using var scope = after.Provider.CreateAsyncScope();
        var key = Assert.Single(await scope.ServiceProvider.GetRequiredService<AppDbContext>().DataProtectionKeys.ToListAsync());
        Assert.StartsWith("<key ", key.Xml, StringComparison.Ordinal);
        Assert.Contains("unencrypted form", key.Xml, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Keys_stored_by_the_former_hand_written_repository_are_read(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);

        // A key made elsewhere, stored as the former DatabaseXmlRepository did: one row, friendly name "key-<id>",
        // the element without formatting.
        var folder = Directory.CreateTempSubdirectory("rmi-keys-");
        string token;
        try
        {
            using var elsewhere = new ServiceCollection()
                .AddDataProtection().SetApplicationName(KeyRing.ApplicationName).PersistKeysToFileSystem(folder).Services
                .BuildServiceProvider();
            token = elsewhere.GetRequiredService<IDataProtectionProvider>().CreateProtector("cookie").Protect("石泉县");
            var file = Assert.Single(folder.GetFiles("key-*.xml"));
            var element = XElement.Load(file.FullName);
            await using var scope = database.Services.Provider.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.DataProtectionKeys.Add(new DataProtectionKey
            {
                FriendlyName = Path.GetFileNameWithoutExtension(file.Name),
                Xml = element.ToString(SaveOptions.DisableFormatting),
            });
            await db.SaveChangesAsync();
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        await using var portal = database.BuildServices();
        Assert.Equal("石泉县", portal.Provider.GetRequiredService<IDataProtectionProvider>().CreateProtector("cookie").Unprotect(token));
    }

    [Fact]
    public async Task With_a_certificate_keys_are_encrypted_at_rest_and_read_after_a_restart()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var pfx = Path.Combine(Path.GetTempPath(), $"rmi-keyring-{Guid.NewGuid():N}.pfx");
        try
        {
            using (var rsa = RSA.Create(2048))
            {
                var request = new CertificateRequest("CN=rmi key ring", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
                using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
                await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "pfx-密码"));
            }

            var settings = new Dictionary<string, string?>
            {
                [KeyRing.CertificatePathKey] = pfx,
                [KeyRing.CertificatePasswordKey] = "pfx-密码",
            };
            string token;
            await using (var before = database.BuildServices(settings: settings))
            {
                token = before.Provider.GetRequiredService<IDataProtectionProvider>().CreateProtector("cookie").Protect("海门市");
            }

            await using var after = database.BuildServices(settings: settings);
            Assert.Equal("海门市", after.Provider.GetRequiredService<IDataProtectionProvider>().CreateProtector("cookie").Unprotect(token));
            await using var scope = after.Provider.CreateAsyncScope();
            var key = Assert.Single(await scope.ServiceProvider.GetRequiredService<AppDbContext>().DataProtectionKeys.ToListAsync());
            Assert.Contains("encryptedSecret", key.Xml, StringComparison.Ordinal);
            Assert.DoesNotContain("unencrypted form", key.Xml, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(pfx);
        }
    }
}
