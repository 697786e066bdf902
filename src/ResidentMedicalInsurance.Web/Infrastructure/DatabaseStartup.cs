using ResidentMedicalInsurance.Infrastructure.Demo;
using ResidentMedicalInsurance.Infrastructure.Persistence;

namespace ResidentMedicalInsurance.Web.Infrastructure;

/// <summary>
/// The embedded default (SQLite) migrates itself at start-up; a server database is migrated by
/// <c>rmi migrate</c> as a deployment step (start-up refuses a database with pending migrations).
/// Demo data only when <c>Demo:SeedOnStartup</c> is on (Development and the browser tests).
/// </summary>
internal static class DatabaseStartup
{
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        app.WarnWhenKeysUnencrypted();
        await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAtStartupAsync();
        if (app.Configuration.GetValue<bool>("Demo:SeedOnStartup"))
        {
            await app.Services.GetRequiredService<DemoSeeder>().SeedAsync();
        }
    }
}
