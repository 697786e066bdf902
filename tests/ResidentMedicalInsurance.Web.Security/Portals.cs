namespace ResidentMedicalInsurance.Web.Security;

/// <summary>The portal the security tests drive, with demo data and generous sign-in limits.</summary>
public sealed class SecurityPortal : PortalServer;

/// <summary>A portal with the sign-in limits low enough to reach in a test.</summary>
public sealed class ThrottledPortal : PortalServer
{
    public const int PerUser = 3;
    public const int PerAddress = 8;

    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["SignIn__PerUserPerMinute"] = PerUser.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["SignIn__PerAddressPerMinute"] = PerAddress.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

[CollectionDefinition(Name)]
public sealed class SecurityCollection : ICollectionFixture<SecurityPortal>
{
    public const string Name = "security";
}

/// <summary>The portal in the Production environment (HSTS on), still on SQLite with demo data.</summary>
public sealed class ProductionPortal : PortalServer
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
    };
}

[CollectionDefinition(Name)]
public sealed class ProductionCollection : ICollectionFixture<ProductionPortal>
{
    public const string Name = "production";
}
