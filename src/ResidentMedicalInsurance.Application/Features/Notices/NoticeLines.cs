using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using ResidentMedicalInsurance.Application.Features.Progress;

namespace ResidentMedicalInsurance.Application.Features.Notices;

/// <summary>One township of a notice as issued: its rank by rate and its figures as of the notice's day.</summary>
public sealed record NoticeLine(int Rank, string Township, int Plan, int Registered, int Enrolled, int Paid, double Rate);

/// <summary>The county's total as issued (no rank, its label comes from the resources when shown).</summary>
public sealed record NoticeTotal(int Plan, int Registered, int Enrolled, int Paid, double Rate);

/// <summary>What <see cref="Domain.Progress.ProgressNotice.Lines"/> holds: the ranked townships and the total.</summary>
public sealed record NoticeLines(IReadOnlyList<NoticeLine> Townships, NoticeTotal Total)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        // Township names stay readable in the stored JSON (and take 3 bytes, not 6 characters, each).
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    /// <summary>
    /// The report's townships ranked by rate, then by paid (both highest first), then by name (ordinal, so the order
    /// is the same on every machine and in every language); ranks 1, 2, 3 … without gaps.
    /// </summary>
    public static NoticeLines Rank(ProgressReport report)
    {
        var ranked = report.Townships
            .OrderByDescending(t => t.Rate).ThenByDescending(t => t.Paid).ThenBy(t => t.Township, StringComparer.Ordinal)
            .Select((t, i) => new NoticeLine(i + 1, t.Township, t.Plan, t.Registered, t.Enrolled, t.Paid, t.Rate))
            .ToList();
        var total = report.Total;
        return new NoticeLines(ranked, new NoticeTotal(total.Plan, total.Registered, total.Enrolled, total.Paid, total.Rate));
    }

    public string Serialize() => JsonSerializer.Serialize(this, Json);

    public static NoticeLines Deserialize(string json) =>
        JsonSerializer.Deserialize<NoticeLines>(json, Json) ?? throw new InvalidOperationException("A progress notice without lines.");

    /// <summary>A rate as the notice prints it: 0.4 → "40.00%".</summary>
    public static string Percent(double rate) => (rate * 100).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + "%";

    /// <summary>A rate as an xlsx number of percent: 0.4 → 40.00.</summary>
    public static decimal PercentNumber(double rate) => Math.Round((decimal)rate * 100, 2, MidpointRounding.AwayFromZero);
}
