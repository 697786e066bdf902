namespace ResidentMedicalInsurance.Infrastructure.Migrations;

/// <summary>
/// Provider annotations that hand-written migrations set side by side; each provider reads its own
/// and ignores the other's (the names equal SqliteAnnotationNames / NpgsqlAnnotationNames).
/// </summary>
internal static class ProviderAnnotations
{
    public const string SqliteAutoincrement = "Sqlite:Autoincrement";
    public const string NpgsqlValueGeneration = "Npgsql:ValueGenerationStrategy";
}
