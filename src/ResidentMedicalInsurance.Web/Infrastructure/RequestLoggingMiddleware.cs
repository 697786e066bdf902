using System.Diagnostics;
using System.Security.Claims;
using ResidentMedicalInsurance.Application.Security;

namespace ResidentMedicalInsurance.Web.Infrastructure;

/// <summary>One log line per HTTP request with user, tenant, status and duration (the Blazor circuit's own work is logged per mediator request).</summary>
internal sealed partial class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var user = context.User;
            LogRequest(logger, context.Request.Method, context.Request.Path, context.Response.StatusCode,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                user.Identity?.Name, user.FindFirstValue(AppClaimTypes.TenantId));
        }
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "HTTP {Method} {Path} -> {StatusCode} in {ElapsedMs:0.0} ms (user {UserName}, tenant {TenantId})")]
    private static partial void LogRequest(ILogger logger, string method, string path, int statusCode, double elapsedMs,
        string? userName, string? tenantId);
}
