using ResidentMedicalInsurance.Infrastructure.Persistence;

namespace ResidentMedicalInsurance.Web.Infrastructure;

/// <summary>
/// The embedded default (SQLite) migrates itself at start-up; a server database is migrated by
/// <c>rmi migrate</c> as a deployment step. Demo data only when <c>Demo:SeedOnStartup</c> is on
/// (Development and the browser tests), never in production.
/// </summary>
internal static class DatabaseStartup
{
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<DatabaseOptions>();
        var seedDemo = app.Configuration.GetValue<bool>("Demo:SeedOnStartup");
        if (options.Provider == DatabaseProvider.Sqlite || seedDemo)
        {
            await DatabaseInitializer.InitializeAsync(app.Services, seedDemo);
        }
    }
}
