namespace ResidentMedicalInsurance.Application.Abstractions;

/// <summary>Time source; injected so that handlers and tests agree on "today" in China Standard Time.</summary>
public interface IClock
{
    DateTimeOffset Now { get; }

    /// <summary>Today's calendar date in China Standard Time (UTC+8).</summary>
    DateOnly Today { get; }
}
