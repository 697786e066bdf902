using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using PuppeteerSharp;
using PuppeteerSharp.Media;
using ResidentMedicalInsurance.Application.Features.Notices;
using ResidentMedicalInsurance.Web.Components.Print;

namespace ResidentMedicalInsurance.Web.Infrastructure;

/// <summary>
/// Prints an HTML document to an A4 PDF with the server's Chromium (headless, over the DevTools protocol: PuppeteerSharp
/// downloads no browser and brings no driver). Chromium is named by <c>Pdf:Chromium</c> or, failing that, the
/// <c>RMI_CHROMIUM</c> variable the tests and deploy/test.sh set; without an existing executable there is no PDF (ADR 0064).
/// </summary>
public sealed partial class NoticePdf(string chromium, ILogger<NoticePdf> logger)
{
    public const string ConfigKey = "Pdf:Chromium";
    public const string Variable = "RMI_CHROMIUM";
    private const string StyleResource = "ResidentMedicalInsurance.Web.notices.css";

    /// <summary>One print's limit, Chromium's start included: a stuck browser costs the request a clear message, not a hang.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(45);

    // Two Chromium processes at most: a 2-core server keeps serving pages while notices are printed.
    private static readonly SemaphoreSlim Printers = new(2);

    // The PDF has this style sheet alone: embedded, since a host need not serve wwwroot from disk.
    private static readonly Lazy<string> Style = new(() =>
    {
        using var stream = typeof(NoticePdf).Assembly.GetManifestResourceStream(StyleResource)
            ?? throw new InvalidOperationException($"The notice's style sheet is not embedded ({StyleResource}).");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>The Chromium executable, or null when this deployment has none.</summary>
    public static string? ChromiumPath(IConfiguration configuration) =>
        (configuration[ConfigKey] is { Length: > 0 } configured ? configured : Environment.GetEnvironmentVariable(Variable)) is { Length: > 0 } path
        && File.Exists(path) ? path : null;

    public static bool IsAvailable(IConfiguration configuration) => ChromiumPath(configuration) is not null;

    /// <summary>The PDF's bytes, or null when Chromium failed or took too long (logged; the caller answers with a message).</summary>
    public async Task<byte[]?> PrintAsync(string html, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Timeout);
        try
        {
            await Printers.WaitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogBusy(logger);
            return null;
        }

        try
        {
            return await PrintOnceAsync(html, limit.Token).WaitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogTimedOut(logger, Timeout.TotalSeconds);
            return null;
        }
#pragma warning disable CA1031 // any failure of the browser becomes the zh-CN message; the log keeps the details
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogFailed(logger, ex, chromium);
            return null;
        }
        finally
        {
            Printers.Release();
        }
    }

    private async Task<byte[]> PrintOnceAsync(string html, CancellationToken cancellationToken)
    {
        var options = new LaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Timeout = (int)Timeout.TotalMilliseconds,
            ProtocolTimeout = (int)Timeout.TotalMilliseconds,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--disable-dev-shm-usage",
            ],
        };
        await using var browser = await Puppeteer.LaunchAsync(options).ConfigureAwait(false);
        try
        {
            await using var page = await browser.NewPageAsync().ConfigureAwait(false);
            // The document is the portal's own markup (encoded by the renderer) and needs no script and no network.
            await page.SetJavaScriptEnabledAsync(false).ConfigureAwait(false);
            await page.SetRequestInterceptionAsync(true).ConfigureAwait(false);
            page.Request += async (_, e) => await e.Request.AbortAsync().ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            await page.SetContentAsync(html).ConfigureAwait(false);
            return await page.PdfDataAsync(new PdfOptions
            {
                Format = PaperFormat.A4,
                PrintBackground = true,
                PreferCSSPageSize = true,
                WaitForFonts = true,
            }).ConfigureAwait(false);
        }
        finally
        {
            await browser.CloseAsync().ConfigureAwait(false);
        }
    }

    /// <summary>The notice document rendered outside a circuit (the same component as the print page), with its style sheet inline.</summary>
    public static async Task<string> HtmlAsync(IServiceProvider services, ProgressNoticeView notice)
    {
        await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        var body = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<NoticeDocument>(ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(NoticeDocument.Notice)] = notice }));
            return output.ToHtmlString();
        });
        return $"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8" /><title>{System.Net.WebUtility.HtmlEncode(notice.Title)}</title><style>{Style.Value}</style></head>
            <body class="rmi-notice-pdf">{body}</body></html>
            """;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Progress notice PDF: every Chromium was busy for the whole wait")]
    private static partial void LogBusy(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Progress notice PDF: Chromium took longer than {Seconds} s")]
    private static partial void LogTimedOut(ILogger logger, double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Progress notice PDF: Chromium at {Chromium} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string chromium);
}
