using System.Text;
using ResidentMedicalInsurance.Cli.Policy;
using ResidentMedicalInsurance.Policies;

namespace ResidentMedicalInsurance.Cli.Tests;

/// <summary>policy-spec sections 2 and 10: the <c>circumstances</c> keys of a case, as the spec spells them.</summary>
public class CaseParserCircumstanceTests
{
    private static readonly CaseParser Parser = new(PolicyCatalog.All);

    private static Circumstances Parse(string circumstances)
        => Parser.Parse(Encoding.UTF8.GetBytes($$"""{"profile":"youxi-2020","circumstances":{{circumstances}}}"""), out _).Case.Circumstances;

    private static string Error(string circumstances)
        => Assert.Throws<CaseFormatException>(() => Parse(circumstances)).Message;

    [Fact]
    public void Section2_EveryKey_ReadWithItsKind()
    {
        var read = Parse("""
            {"migrantWorker": true, "dischargedSoldier": true, "employeeInsuranceEndedOn": "2020-06-30",
             "povertyConfirmedOn": "2020-05-01", "collegeFreshman": true, "returningGraduate": true,
             "releasedPrisoner": true, "lostContact": true, "continuousPriorYears": 3, "medicalAssistance": true}
            """);

        Assert.Equal(new Circumstances
        {
            MigrantWorker = true,
            DischargedSoldier = true,
            EmployeeInsuranceEndedOn = new DateOnly(2020, 6, 30),
            PovertyConfirmedOn = new DateOnly(2020, 5, 1),
            CollegeFreshman = true,
            ReturningGraduate = true,
            ReleasedPrisoner = true,
            LostContact = true,
            ContinuousPriorYears = 3,
            MedicalAssistance = true,
        }, read);
    }

    [Fact]
    public void Section10_OmittedOrNull_FalseNullZero()
    {
        Assert.Equal(Circumstances.None, Parse("null"));
        Assert.Equal(Circumstances.None, Parse("""{"migrantWorker": null, "povertyConfirmedOn": null, "continuousPriorYears": null}"""));
    }

    [Theory]
    [InlineData("""{"lostContact": 1}""", "circumstances.lostContact 应为 true 或 false。")]
    [InlineData("""{"povertyConfirmedOn": "2020-02-30"}""", "circumstances.povertyConfirmedOn 应为 yyyy-MM-dd 格式的有效日期，例如 \"2020-03-15\"。")]
    [InlineData("""{"continuousPriorYears": -1}""", "circumstances.continuousPriorYears 应为不小于 0 的整数。")]
    [InlineData("""{"newborn": true}""", "未知字段：circumstances.newborn。请对照 policy-spec.md 第 2、10 节检查字段名。")]
    [InlineData("""[]""", "circumstances 应为对象。")]
    public void Section10_WrongValue_NamesTheField(string circumstances, string message)
        => Assert.Equal(message, Error(circumstances));
}
