using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using ResidentMedicalInsurance.Application;
using ResidentMedicalInsurance.Infrastructure.Jobs;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;

namespace ResidentMedicalInsurance.Infrastructure.Tests.Jobs;

/// <summary>The portal's host over a test database with the real job engine (Quartz, persistent store), not yet started.</summary>
internal static class JobPortal
{
    public static IHost Build(TestDatabase database, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Provider)}"] = database.Provider.ToString(),
            [$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.ConnectionString)}"] = database.ConnectionString,
        }.Concat(settings ?? new Dictionary<string, string?>()));
        builder.Services.AddInfrastructure(builder.Configuration);
        builder.Services.AddApplication();
        builder.Services.AddJobEngine(database.Options);
        return builder.Build();
    }
}
