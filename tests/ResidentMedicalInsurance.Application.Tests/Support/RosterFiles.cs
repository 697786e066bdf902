using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Application.Features.Rosters;
using ResidentMedicalInsurance.Domain.Rosters;

namespace ResidentMedicalInsurance.Application.Tests.Support;

/// <summary>Department rosters for tests: written as real csv files and imported through the same steps as the job.</summary>
public static class RosterFiles
{
    public const string Header = "姓名,身份证号,资助类别,认定部门,认定日期,乡镇,村（社区）,备注,变动类型";

    /// <summary>A csv of <see cref="Header"/> and the lines, in <paramref name="encoding"/> (UTF-8 without BOM by default).</summary>
    public static byte[] Csv(IEnumerable<string> lines, Encoding? encoding = null) =>
        (encoding ?? new UTF8Encoding(false)).GetBytes(string.Join("\r\n", [Header, .. lines]) + "\r\n");

    /// <summary>Stages the file as county staff and runs its import to the end, as the job would; returns the review.</summary>
    public static async Task<RosterReview> Import(
        this ClerkWorld world, byte[] content, string fileName = "名单.csv", string department = "民政局",
        RosterKind kind = RosterKind.Full, int year = 2020, TestUser? staff = null)
    {
        var user = staff ?? world.CountyStaff;
        var staged = await world.Send(user, new StageRoster { Department = department, Year = year, Kind = kind, FileName = fileName, Content = content });
        await world.Run(user, sp => sp.GetRequiredService<RosterImport>().RunAsync(staged.RosterId, CancellationToken.None));
        return await world.Send(user, new GetRoster(staged.RosterId));
    }

    /// <summary>One person certified through a one-row roster approved by county staff.</summary>
    public static async Task Certify(this ClerkWorld world, string idNumber, string name, string category, DateOnly? certifiedOn = null, string department = "民政局")
    {
        var review = await world.Import(Csv([$"{name},{idNumber},{category},{department},{certifiedOn:yyyy-MM-dd},,,,"]), department: department, kind: RosterKind.Change);
        Assert.Equal(1, review.Outcomes.Single(o => o.Outcome == RosterOutcome.Matched).Count);
        await world.Send(world.CountyStaff, new ApproveRosterRows(review.Roster.Id));
    }

    public static int Count(this RosterReview review, RosterOutcome outcome) => review.Outcomes.Single(o => o.Outcome == outcome).Count;
}
