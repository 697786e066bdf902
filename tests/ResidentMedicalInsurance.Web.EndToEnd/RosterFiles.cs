using System.Globalization;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Rosters;
using ResidentMedicalInsurance.Infrastructure.Demo;
using ResidentMedicalInsurance.Infrastructure.Files;

namespace ResidentMedicalInsurance.Web.EndToEnd;

/// <summary>A department's roster as an xlsx (the template's columns, written by the portal's own writer), and the feedback list read back.</summary>
public static class RosterFiles
{
    /// <summary>The ID number of a member of a demo household (the portal's demo data).</summary>
    public static string DemoIdNumber(string tenant, string household, string name)
    {
        var h = DemoHouseholds.ByTenant[tenant].Single(x => x.Number == household);
        return DemoHouseholds.IdNumber(h.Region, h.Members.Single(m => m.Name == name));
    }

    /// <summary>
    /// <paramref name="count"/> rows of valid ID numbers nobody in the portal has (region 350427, 沙县: no
    /// test registers people there), one birth date each.
    /// </summary>
    public static IEnumerable<IReadOnlyList<object?>> Unregistered(int count, string category, string department, DateOnly certifiedOn) =>
        Enumerable.Range(0, count).Select(i =>
        {
            var first17 = string.Create(CultureInfo.InvariantCulture, $"350427{new DateOnly(1950, 1, 1).AddDays(i):yyyyMMdd}801");
            return (IReadOnlyList<object?>)
            [
                $"名单{i:0000}", first17 + Domain.Residents.ResidentIdNumber.ComputeCheckDigit(first17), category, department, certifiedOn, "", "", null, "新增",
            ];
        });

    public static async Task<byte[]> XlsxAsync(IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var file = new MemoryStream();
        await new TableFileWriter().WriteXlsxAsync(file, "资助名单", RosterLayout.TemplateHeaders, rows.ToAsyncEnumerable(), CancellationToken.None);
        return file.ToArray();
    }

    /// <summary>The feedback list's rows: 行号, 姓名, 身份证号, 比对结果 by the portal's own reader.</summary>
    public static async Task<List<(int Row, string Name, string IdNumber, string Outcome)>> ReadFeedbackAsync(string path)
    {
        var layout = new TableLayout(
        [
            new("row", "行号", [], true), new("name", "姓名", [], true), new("id", "身份证号", [], true), new("outcome", "比对结果", [], true),
        ]);
        await using var file = File.OpenRead(path);
        var rows = new List<(int, string, string, string)>();
        await foreach (var row in new TableFileReader().ReadAsync(file, path, layout, CancellationToken.None))
        {
            rows.Add((int.Parse(row.Get("row"), CultureInfo.InvariantCulture), row.Get("name"), row.Get("id"), row.Get("outcome")));
        }

        return rows;
    }
}
