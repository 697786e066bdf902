using Microsoft.Data.Sqlite;

namespace ResidentMedicalInsurance.Web.EndToEnd;

/// <summary>
/// The portal for the clerk workflow tests, its business clock at 2020-11-16 15:00 (China): the
/// 2021 concentrated window in Shiquan; in the 2020 counties payments are recorded with the
/// voucher's earlier paid-at date, newborns pay today.
/// </summary>
public sealed class ClerkPortal : PortalServer
{
    public static readonly DateOnly Today = new(2020, 11, 16);

    protected override IReadOnlyDictionary<string, string> Settings { get; } =
        new Dictionary<string, string> { ["Clock__Start"] = "2020-11-16T15:00:00+08:00" };
}

/// <summary>Lianyungang on its 2008 profile (连政办发〔2007〕149号), the clock at 2007-10-15.</summary>
public sealed class Lianyungang2008Portal : PortalServer
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } =
        new Dictionary<string, string> { ["Clock__Start"] = "2007-10-15T09:00:00+08:00" };

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE \"Tenants\" SET \"CurrentProfileId\" = 'lianyungang-2008' WHERE \"Code\" = 'lianyungang'";
        if (await command.ExecuteNonQueryAsync() != 1)
        {
            throw new InvalidOperationException("The Lianyungang tenant was not found in the demo database.");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ClerkPortalCollection : ICollectionFixture<ClerkPortal>, ICollectionFixture<BrowserSession>
{
    public const string Name = "clerk-portal";
}

[CollectionDefinition(Name)]
public sealed class Lianyungang2008Collection : ICollectionFixture<Lianyungang2008Portal>, ICollectionFixture<BrowserSession>
{
    public const string Name = "lianyungang-2008";
}
