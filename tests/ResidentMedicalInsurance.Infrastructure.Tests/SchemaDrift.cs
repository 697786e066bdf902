using ResidentMedicalInsurance.Infrastructure.Persistence;

namespace ResidentMedicalInsurance.Infrastructure.Tests;

/// <summary>Compares the schema the migrations build with the one EnsureCreated builds from the model.</summary>
public static class SchemaDrift
{
    public static IReadOnlyList<string> Differences(DatabaseOptions migrated, DatabaseOptions fromModel)
    {
        var byMigrations = SchemaReader.Read(migrated);
        var byModel = SchemaReader.Read(fromModel);
        return byModel.Except(byMigrations).Select(l => $"  model has, migrations lack: {l}")
            .Concat(byMigrations.Except(byModel).Select(l => $"  migrations have, model lacks: {l}"))
            .ToList();
    }

    public static string Explain(DatabaseProvider provider, IReadOnlyList<string> differences) =>
        $"""
        The schema built by the migrations differs from the EF model on {provider} ({differences.Count} differences):
        {string.Join("\n", differences)}
        A model change needs a generated migration for each provider (docs/decisions/0020-generated-migrations-per-provider.md):
          dotnet ef migrations add <Name> --project src/ResidentMedicalInsurance.Migrations.{provider} --output-dir Migrations --namespace ResidentMedicalInsurance.Migrations.{provider}
        """;
}
