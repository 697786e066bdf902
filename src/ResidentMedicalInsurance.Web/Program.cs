using ResidentMedicalInsurance.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseStaticWebAssets(); // Radzen's _content from the build output in every environment
builder.AddPortalLogging();
builder.AddPortalServices();

var app = builder.Build();
await app.InitializeDatabaseAsync();
app.UsePortalPipeline();
await app.RunAsync();

/// <summary>Entry point type, visible to the tests.</summary>
public partial class Program;
