using Serilog;
using Serilog.Events;

namespace ResidentMedicalInsurance.Web.Infrastructure;

/// <summary>
/// Serilog to the console and a daily rolling file, wired through Microsoft.Extensions.Logging
/// (Serilog.AspNetCore does not restore here; see toolchain.md).
/// </summary>
internal static class LoggingSetup
{
    private const string Template =
        "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj} {Properties:j}{NewLine}{Exception}";

    public static void AddPortalLogging(this WebApplicationBuilder builder)
    {
        var filePath = builder.Configuration["Logging:Files:Path"] ?? "logs/rmi-.log";
        if (!Path.IsPathRooted(filePath))
        {
            filePath = Path.Combine(builder.Environment.ContentRootPath, filePath);
        }

        var logger = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .Enrich.WithProperty("Application", "ResidentMedicalInsurance")
            .WriteTo.Console(outputTemplate: Template, formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .WriteTo.File(filePath, rollingInterval: RollingInterval.Day, retainedFileCountLimit: 31,
                outputTemplate: Template, formatProvider: System.Globalization.CultureInfo.InvariantCulture,
                restrictedToMinimumLevel: LogEventLevel.Information)
            .CreateLogger();

        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(logger, dispose: true);
    }
}
