namespace ResidentMedicalInsurance.Infrastructure.Persistence;

/// <summary>One ASP.NET Core data-protection key ring entry, kept in the database so that cookies survive restarts.</summary>
public sealed class DataProtectionKey
{
    public int Id { get; set; }
    public string? FriendlyName { get; set; }
    public string? Xml { get; set; }
}
