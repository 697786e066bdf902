namespace ResidentMedicalInsurance.Domain.Tenancy;

/// <summary>
/// The administrative division codes (GB/T 2260, the first six digits of an ID number) of each tenant's
/// area, as prefixes: a number issued there starts with one of them. Older codes stay listed, since an ID
/// number keeps the code of the year it was issued (海门 was 320684 until it became 海门区 320614 in 2020).
/// Keyed by <see cref="Tenant.Code"/> (the reference tenants).
/// </summary>
public static class TenantRegions
{
    private static readonly Dictionary<string, string[]> Prefixes = new(StringComparer.Ordinal)
    {
        ["lianyungang"] = ["3207"], // 连云港市: every district and county of the city
        ["haimen"] = ["320684", "320614"], // 海门市 / 海门区
        ["shiquan"] = ["610922"], // 石泉县
        ["youxi"] = ["350426"], // 尤溪县
    };

    /// <summary>The tenant's code prefixes; none for a tenant not listed (then nothing is checked).</summary>
    public static IReadOnlyList<string> Of(string tenantCode) =>
        Prefixes.TryGetValue(tenantCode, out var prefixes) ? prefixes : [];

    /// <summary>Whether a six-digit region code lies in the area given by <paramref name="prefixes"/>.</summary>
    public static bool Contains(IReadOnlyList<string> prefixes, string regionCode)
    {
        ArgumentNullException.ThrowIfNull(prefixes);
        return prefixes.Any(p => regionCode.StartsWith(p, StringComparison.Ordinal));
    }
}
