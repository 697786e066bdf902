namespace ResidentMedicalInsurance.Domain.Households;

/// <summary>A row that belongs to one township; clerks see only rows of their own townships.</summary>
public interface ITownshipScoped
{
    Guid TownshipId { get; }
}
