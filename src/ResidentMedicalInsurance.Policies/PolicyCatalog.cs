using System.Reflection;

namespace ResidentMedicalInsurance.Policies;

/// <summary>
/// Every profile in this assembly, found by scanning: a new county-year is one class with a
/// parameterless constructor, nothing to register.
/// </summary>
public static class PolicyCatalog
{
    private static readonly IPolicyProfile[] Profiles = Scan(typeof(PolicyCatalog).Assembly);

    /// <summary>All profiles, ordered by id.</summary>
    public static IReadOnlyList<IPolicyProfile> All => Profiles;

    /// <summary>The profile with this id, or null.</summary>
    public static IPolicyProfile? Find(string id)
    {
        foreach (var profile in Profiles)
        {
            if (string.Equals(profile.Id, id, StringComparison.Ordinal))
            {
                return profile;
            }
        }

        return null;
    }

    /// <summary>A tenant's profiles, newest year first.</summary>
    public static IReadOnlyList<IPolicyProfile> ForTenant(string tenantCode)
    {
        var result = new List<IPolicyProfile>();
        foreach (var profile in Profiles)
        {
            if (string.Equals(profile.TenantCode, tenantCode, StringComparison.Ordinal))
            {
                result.Add(profile);
            }
        }

        result.Sort((a, b) => b.Year.CompareTo(a.Year));
        return result;
    }

    /// <summary>The profile for a tenant and insurance year, or null.</summary>
    public static IPolicyProfile? Find(string tenantCode, int year)
    {
        foreach (var profile in Profiles)
        {
            if (profile.Year == year && string.Equals(profile.TenantCode, tenantCode, StringComparison.Ordinal))
            {
                return profile;
            }
        }

        return null;
    }

    /// <summary>Instantiates every concrete <see cref="IPolicyProfile"/> with a public parameterless constructor.</summary>
    public static IPolicyProfile[] Scan(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var found = new List<IPolicyProfile>();
        foreach (var type in assembly.GetTypes())
        {
            if (type is { IsClass: true, IsAbstract: false } && typeof(IPolicyProfile).IsAssignableFrom(type)
                && type.GetConstructor(Type.EmptyTypes) is { } constructor)
            {
                found.Add((IPolicyProfile)constructor.Invoke(null));
            }
        }

        found.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        for (var i = 1; i < found.Count; i++)
        {
            if (found[i].Id == found[i - 1].Id)
            {
                throw new InvalidOperationException($"两个政策配置使用了相同的编号：{found[i].Id}");
            }
        }

        return [.. found];
    }
}
