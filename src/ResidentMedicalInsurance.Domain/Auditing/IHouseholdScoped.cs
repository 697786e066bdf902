namespace ResidentMedicalInsurance.Domain.Auditing;

/// <summary>A row that belongs to one household (户); the audit log files its changes under that household.</summary>
public interface IHouseholdScoped
{
    Guid HouseholdId { get; }
}
