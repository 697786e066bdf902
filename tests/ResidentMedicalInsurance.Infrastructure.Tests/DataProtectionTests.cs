using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
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
    public async Task Repository_returns_stored_elements_from_a_fresh_instance(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var scopes = database.Services.Provider.GetRequiredService<IServiceScopeFactory>();

        new DatabaseXmlRepository(scopes).StoreElement(new XElement("key", new XAttribute("id", "k1"), new XElement("value", "一")), "key-k1");
        new DatabaseXmlRepository(scopes).StoreElement(new XElement("key", new XAttribute("id", "k2")), "key-k2");

        var elements = new DatabaseXmlRepository(scopes).GetAllElements();
        Assert.Equal(["k1", "k2"], elements.Select(e => (string)e.Attribute("id")!));
        Assert.Equal("一", elements.First().Element("value")!.Value);
        await using var scope = database.Services.Provider.CreateAsyncScope();
        Assert.Equal(["key-k1", "key-k2"],
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().DataProtectionKeys.OrderBy(k => k.Id).Select(k => k.FriendlyName!).ToListAsync());
    }

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
    }
}
