using ResidentMedicalInsurance.Infrastructure.Persistence;

namespace ResidentMedicalInsurance.Infrastructure.Identity;

/// <inheritdoc cref="IUserNames"/>
public sealed class UserNames(AppDbContext db, ICurrentUser user) : IUserNames
{
    public async Task<IReadOnlyDictionary<string, string>> DisplayNamesAsync(IEnumerable<string?> userNames, CancellationToken cancellationToken)
    {
        var names = userNames.OfType<string>().Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var tenantId = user.TenantId;
        var found = names.Count == 0 || tenantId is null
            ? []
            : await db.Users.AsNoTracking()
                .Where(u => u.TenantId == tenantId && u.UserName != null && names.Contains(u.UserName) && u.DisplayName != "")
                .Select(u => new { UserName = u.UserName!, u.DisplayName })
                .ToDictionaryAsync(u => u.UserName, u => u.DisplayName, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        return names.ToDictionary(n => n, n => found.GetValueOrDefault(n, n), StringComparer.Ordinal);
    }
}
