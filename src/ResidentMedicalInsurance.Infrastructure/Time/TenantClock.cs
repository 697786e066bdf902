namespace ResidentMedicalInsurance.Infrastructure.Time;

/// <summary>
/// <see cref="IClock"/> in every host: the business clock of the scope's user's tenant
/// (<see cref="ICurrentUser"/>, <see cref="BusinessDates"/> has the rule). Scoped, like the user.
/// </summary>
public sealed class TenantClock(BusinessDates dates, ICurrentUser user) : IClock
{
    public DateTimeOffset Now => dates.For(user.TenantId).Now;

    public DateOnly Today => dates.For(user.TenantId).Today;
}
