using ResidentMedicalInsurance.Application.Policy;

namespace ResidentMedicalInsurance.Application.Features.Worklists;

/// <summary>
/// What a worklist is read for: the signed-in tenant, the current profile's year, today (China calendar), the townships
/// (the one asked for, else all the clerk's; read through the tenant filter, so the lists may filter by their ids alone,
/// ADR 0060) and the village.
/// </summary>
internal sealed record WorklistScope(
    Guid TenantId, string TenantCode, PolicyProfileView Profile, DateOnly Today, IReadOnlyList<Guid> TownshipIds,
    IReadOnlyDictionary<Guid, string> TownshipNames, string? Village)
{
    public int Year => Profile.Year;

    /// <summary>The scope of a request; a township outside the clerk's is "not found" (as a record of another township).</summary>
    public static async Task<WorklistScope> LoadAsync(
        IAppDbContext db, ICurrentUser user, IPolicyGateway policy, IClock clock, Guid? townshipId, string? village, CancellationToken ct)
    {
        var (tenantCode, _, profile) = await CurrentProfile.LoadAsync(db, policy, ct).ConfigureAwait(false);
        var tenant = user.TenantId ?? throw new InvalidOperationException("A worklist is read for a signed-in tenant.");
        var townships = await db.VisibleTownshipsAsync(user, ct).ConfigureAwait(false);
        if (townshipId is { } id)
        {
            townships = townships.Where(t => t.Id == id).ToList();
            if (townships.Count == 0)
            {
                throw new NotFoundException(ClerkScope.NotFoundMessage);
            }
        }

        return new WorklistScope(
            tenant, tenantCode, profile, clock.Today, townships.Select(t => t.Id).ToList(), townships.ToDictionary(t => t.Id, t => t.Name),
            string.IsNullOrWhiteSpace(village) ? null : village.Trim());
    }
}
