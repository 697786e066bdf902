using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace ResidentMedicalInsurance.Application.Behaviours;

/// <summary>Logs every request with tenant, user, request name and duration (structured properties).</summary>
public sealed class LoggingBehaviour<TRequest, TResponse>(ICurrentUser user, ILogger<LoggingBehaviour<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var name = typeof(TRequest).Name;
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next().ConfigureAwait(false);
            logger.LogInformation("Request {RequestName} by {UserName} in tenant {TenantId} took {ElapsedMs:0.0} ms",
                name, user.UserName, user.TenantId, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (AppException ex)
        {
            logger.LogWarning("Request {RequestName} by {UserName} in tenant {TenantId} refused after {ElapsedMs:0.0} ms: {Reason}",
                name, user.UserName, user.TenantId, Stopwatch.GetElapsedTime(started).TotalMilliseconds, ex.Message);
            throw;
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Request {RequestName} by {UserName} in tenant {TenantId} failed after {ElapsedMs:0.0} ms",
                name, user.UserName, user.TenantId, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
    }
}
