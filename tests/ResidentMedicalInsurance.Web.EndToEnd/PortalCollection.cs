namespace ResidentMedicalInsurance.Web.EndToEnd;

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalServer>, ICollectionFixture<BrowserSession>
{
    public const string Name = "portal";
}
