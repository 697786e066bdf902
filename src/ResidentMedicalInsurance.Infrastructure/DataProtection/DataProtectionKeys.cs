using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ResidentMedicalInsurance.Infrastructure.DataProtection;

public static class DataProtectionKeys
{
    /// <summary>Keeps the key ring in the application database (<see cref="DatabaseXmlRepository"/>).</summary>
    public static IDataProtectionBuilder PersistKeysToAppDatabase(this IDataProtectionBuilder builder)
    {
        builder.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(options =>
                options.XmlRepository = new DatabaseXmlRepository(sp.GetRequiredService<IServiceScopeFactory>())));
        return builder;
    }
}
