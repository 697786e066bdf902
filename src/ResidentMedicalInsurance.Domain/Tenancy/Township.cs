namespace ResidentMedicalInsurance.Domain.Tenancy;

/// <summary>A township, town or district (乡镇/区) of a tenant; clerks are bound to townships.</summary>
public sealed class Township : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public required string Name { get; set; }

    /// <summary>Display order as in the notice's table.</summary>
    public int SortOrder { get; set; }

    /// <summary>Registered population (户籍人口) where the notice gives it (Youxi 附件2).</summary>
    public int? Population { get; set; }
}
