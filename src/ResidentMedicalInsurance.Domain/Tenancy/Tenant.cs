namespace ResidentMedicalInsurance.Domain.Tenancy;

/// <summary>A county medical insurance office (医保局): one pooling region, one tenant.</summary>
public sealed class Tenant
{
    public Guid Id { get; set; }

    /// <summary>Stable short code, e.g. <c>youxi</c>; used in user names and profile ids.</summary>
    public required string Code { get; set; }

    /// <summary>Display name, e.g. 尤溪县.</summary>
    public required string Name { get; set; }

    /// <summary>The policy profile of the current insurance year, e.g. <c>youxi-2020</c>.</summary>
    public required string CurrentProfileId { get; set; }

    public List<Township> Townships { get; } = [];
}
