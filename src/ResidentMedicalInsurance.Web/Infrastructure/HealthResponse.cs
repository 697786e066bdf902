using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ResidentMedicalInsurance.Web.Infrastructure;

/// <summary>Small JSON body for <c>/healthz</c>: overall status and each check, no internals.</summary>
internal static class HealthResponse
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
            durationMs = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
        }));
    }
}
