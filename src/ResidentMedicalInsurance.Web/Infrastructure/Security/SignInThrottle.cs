using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ResidentMedicalInsurance.Web.Infrastructure.Security;

/// <summary>The per-user half of sign-in rate limiting (the per-address half is the rate-limiter middleware).</summary>
public sealed class SignInThrottle(IOptions<SignInLimits> limits) : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(
        userName => RateLimitPartition.GetSlidingWindowLimiter(userName, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = limits.Value.PerUserPerMinute,
            Window = TimeSpan.FromMinutes(1),
            SegmentsPerWindow = 6,
            QueueLimit = 0,
        }));

    /// <summary>False when this user name was tried too often in the last minute.</summary>
    public bool TryAttempt(string userName)
    {
        using var lease = limiter.AttemptAcquire(userName.ToUpperInvariant());
        return lease.IsAcquired;
    }

    public void Dispose() => limiter.Dispose();
}
