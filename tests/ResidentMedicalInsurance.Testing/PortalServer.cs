using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;
using Xunit;

namespace ResidentMedicalInsurance.Testing;

/// <summary>
/// Starts the real portal (its built dll, as `dotnet run` would) on a free loopback port with a
/// fresh SQLite file and demo data, and stops it at the end. One per test collection.
/// </summary>
public class PortalServer : IAsyncLifetime
{
    private readonly StringBuilder output = new();
    private Process? process;
    private string? dataDir;

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    public string Output { get { lock (output) { return output.ToString(); } } }

    /// <summary>The portal's SQLite file (fresh per server).</summary>
    public string DatabasePath => Path.Combine(dataDir ?? "", "rmi.db");

    /// <summary>Extra configuration for the portal process, as environment variables (e.g. Clock__Start).</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    public virtual async Task InitializeAsync()
    {
        var webDir = Path.Combine(RepositoryRoot(), "src", "ResidentMedicalInsurance.Web");
        var configuration = typeof(PortalServer).Assembly.GetCustomAttribute<BuildConfigurationAttribute>()!.Configuration;
        var dll = Path.Combine(webDir, "bin", configuration, "net10.0", "ResidentMedicalInsurance.Web.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException("The portal is not built; build the solution first.", dll);
        }

        dataDir = Directory.CreateTempSubdirectory("rmi-e2e-").FullName;
        var port = FreePort();
        BaseUrl = new Uri($"http://127.0.0.1:{port}/");

        var start = new ProcessStartInfo("dotnet", [dll, "--urls", BaseUrl.ToString().TrimEnd('/')])
        {
            WorkingDirectory = webDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["Database__ConnectionString"] = $"Data Source={Path.Combine(dataDir, "rmi.db")};Default Timeout=30";
        start.Environment["Demo__SeedOnStartup"] = "true";
        start.Environment["Logging__Files__Path"] = Path.Combine(dataDir, "logs", "rmi-.log");
        // The tests sign in far more often than people do; the limits themselves are tested with their own settings.
        start.Environment["SignIn__PerUserPerMinute"] = "1000";
        start.Environment["SignIn__PerAddressPerMinute"] = "1000";
        foreach (var (key, value) in Settings)
        {
            start.Environment[key] = value;
        }

        process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the portal.");
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The portal exited with {process.ExitCode}:\n{Output}");
            }

            try
            {
                var response = await http.GetAsync(new Uri(BaseUrl, "healthz"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The portal did not become healthy in 90 s:\n{Output}");
    }

    public async Task DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process?.Dispose();
        if (dataDir is not null)
        {
            try { Directory.Delete(dataDir, recursive: true); } catch (IOException) { }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ResidentMedicalInsurance.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new DirectoryNotFoundException("ResidentMedicalInsurance.sln not found above the test folder.");
    }
}
