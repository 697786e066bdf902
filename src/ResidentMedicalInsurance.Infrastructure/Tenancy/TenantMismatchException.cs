namespace ResidentMedicalInsurance.Infrastructure.Tenancy;

/// <summary>Thrown when a save would write a row without a tenant or for another tenant. Always a bug, never user input.</summary>
public sealed class TenantMismatchException(string message) : InvalidOperationException(message);
