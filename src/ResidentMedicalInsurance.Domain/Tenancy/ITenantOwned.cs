namespace ResidentMedicalInsurance.Domain.Tenancy;

/// <summary>A row that belongs to one county office (统筹地区). The DbContext filters and checks it.</summary>
public interface ITenantOwned
{
    Guid TenantId { get; set; }
}
