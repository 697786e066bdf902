using System.Text;
using System.Text.Json;

namespace ResidentMedicalInsurance.Cli.Tests;

/// <summary>policy-spec section 10: the JSON Lines contract of <c>rmi policy evaluate</c>, through <see cref="CommandLine.RunAsync"/>.</summary>
public class PolicyEvaluateContractTests
{
    private const string SpecExample = """{"id": "c1", "profile": "youxi-2020", "person": {"hukou": "local", "birthDate": "1970-05-01"}, "categories": [{"code": "yiliao-jiuzhu-1", "certifiedOn": "2019-08-01"}], "circumstances": {"medicalAssistance": true}, "payment": {"date": "2020-03-15"}}""";

    private static readonly string[] ResultKeys =
    [
        "id", "eligible", "ineligibleReason", "accepted", "rejectedReason", "standardFee", "subsidy",
        "individualDue", "benefitStart", "benefitEnd", "refund", "basis",
    ];

    internal static async Task<(int ExitCode, string[] Lines, string Error)> RunAsync(string input, params string[] extraArgs)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = new CliConsole(new StringReader(input), output, error);
        var exit = await CommandLine.RunAsync(["policy", "evaluate", .. extraArgs], console, CancellationToken.None);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return (exit, lines, error.ToString());
    }

    private static JsonElement Json(string line) => JsonDocument.Parse(line).RootElement;

    [Fact]
    public void Section10_CommandFoundByScanning()
        => Assert.Contains(CommandLine.Commands, c => c.Name == "policy evaluate");

    [Fact]
    public async Task Section10_SpecExample_AllKeysInOrder_AmountsInYuanWithTwoDecimals_Dates()
    {
        var (exit, lines, _) = await RunAsync(SpecExample + "\n");
        Assert.Equal(0, exit);
        var line = Assert.Single(lines);
        var root = Json(line);
        Assert.Equal(ResultKeys, root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("c1", root.GetProperty("id").GetString());
        Assert.True(root.GetProperty("eligible").GetBoolean());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("ineligibleReason").ValueKind);
        Assert.True(root.GetProperty("accepted").GetBoolean());
        Assert.Contains("\"standardFee\":250.00", line, StringComparison.Ordinal);
        Assert.Contains("\"individualDue\":0.00", line, StringComparison.Ordinal);
        Assert.Contains("\"subsidy\":{\"code\":\"yiliao-jiuzhu-1\",\"amount\":250.00,\"mode\":\"waived\",\"fundedBy\":\"医疗救助资金\"}", line, StringComparison.Ordinal);
        Assert.Equal("2020-03-16", root.GetProperty("benefitStart").GetString());
        Assert.Equal("2020-12-31", root.GetProperty("benefitEnd").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("refund").ValueKind);
        var basis = root.GetProperty("basis").EnumerateArray().Select(b => b.GetString()!).ToList();
        Assert.Contains(basis, b => b.StartsWith("尤政办〔2019〕45号 四(二)2：", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Section10_ChineseTextIsWrittenAsIs_NotEscaped()
    {
        var (_, lines, _) = await RunAsync(SpecExample);
        Assert.Contains("尤政办〔2019〕45号", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Section10_NotAccepted_FeesSubsidyAndDatesAreNull()
    {
        var (_, lines, _) = await RunAsync("""{"id":"late","profile":"lianyungang-2020","person":{"hukou":"local"},"categories":[{"code":"dibao"}],"payment":{"date":"2020-07-01"}}""");
        var root = Json(lines[0]);
        Assert.True(root.GetProperty("eligible").GetBoolean());
        Assert.False(root.GetProperty("accepted").GetBoolean());
        Assert.Equal("window-closed", root.GetProperty("rejectedReason").GetString());
        foreach (var key in new[] { "standardFee", "subsidy", "individualDue", "benefitStart", "benefitEnd" })
        {
            Assert.Equal(JsonValueKind.Null, root.GetProperty(key).ValueKind);
        }
    }

    [Fact]
    public async Task Section10_NotEligible_ReasonAndNulls()
    {
        var (_, lines, _) = await RunAsync("""{"id":"e","profile":"haimen-2020","person":{"hukou":"local","employeeInsurance":true},"payment":{"date":"2019-10-01"}}""");
        var root = Json(lines[0]);
        Assert.False(root.GetProperty("eligible").GetBoolean());
        Assert.Equal("employee-insurance", root.GetProperty("ineligibleReason").GetString());
        Assert.False(root.GetProperty("accepted").GetBoolean());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("standardFee").ValueKind);
    }

    [Fact]
    public async Task Section10_RefundPresentExactlyWhenAsked_AmountWhatResidentPaid()
    {
        var input = """
            {"id":"r1","profile":"lianyungang-2020","person":{"hukou":"local"},"payment":{"date":"2019-10-01"},"refund":{"reason":"death","date":"2019-12-20","benefitsUsed":false}}
            {"id":"r2","profile":"lianyungang-2020","person":{"hukou":"local"},"payment":{"date":"2019-10-01"}}
            {"id":"r3","profile":"shiquan-2021","person":{"hukou":"local"},"categories":[{"code":"dibao","certifiedOn":"2020-01-01"}],"payment":{"date":"2020-10-01"},"refund":{"reason":"duplicate"}}
            """;
        var (_, lines, _) = await RunAsync(input);
        Assert.Contains("\"refund\":{\"refundable\":true,\"amount\":260.00}", lines[0], StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, Json(lines[1]).GetProperty("refund").ValueKind);
        Assert.Contains("\"refund\":{\"refundable\":true,\"amount\":280.00}", lines[2], StringComparison.Ordinal);
        Assert.Contains("\"mode\":\"reimbursed\"", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Section10_OmittedFacts_AreFalseNullZeroOrEmpty()
    {
        var (_, lines, _) = await RunAsync("""{"id":"min","profile":"youxi-2020","person":{"hukou":"local"},"payment":{"date":"2019-10-01"}}""");
        var root = Json(lines[0]);
        Assert.True(root.GetProperty("accepted").GetBoolean());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("subsidy").ValueKind);
        Assert.Contains("\"individualDue\":250.00", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Section10_MalformedLines_ErrorLineWithId_ThenGoesOn_InOrder()
    {
        var input = string.Join('\n',
            """{"id":"a","profile":"youxi-2020","person":{"hukou":"local"},"payment":{"date":"2019-10-01"}}""",
            "this is not json",
            """{"id":"b","profile":"nowhere-2020"}""",
            """{"id":"c","profile":"youxi-2020","person":{"hukou":"local","colour":"red"}}""",
            """{"id":"d","profile":"youxi-2020","payment":{"date":"2020-02-30"}}""",
            """{"id":"e","profile":"youxi-2020","refund":{"reason":"bored"}}""",
            """{"id":"f","profile":"youxi-2020","person":{"hukou":"local"},"payment":{"date":"2019-10-01"}""",
            """{"id":"g"}""",
            """[1,2]""",
            """{"id":"h","profile":"youxi-2020","person":{"hukou":"local"},"payment":{"date":"2019-10-01"}} {"x":1}""",
            """{"id":"z","profile":"youxi-2020","person":{"hukou":"local"},"payment":{"date":"2019-10-01"}}""");
        var (exit, lines, error) = await RunAsync(input);
        Assert.Equal(0, exit);
        Assert.Equal(11, lines.Length);
        var roots = lines.Select(Json).ToList();
        Assert.Equal("a", roots[0].GetProperty("id").GetString());
        Assert.True(roots[0].TryGetProperty("eligible", out _));

        Assert.Equal(JsonValueKind.Null, roots[1].GetProperty("id").ValueKind);
        Assert.Contains("JSON", roots[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("未知的政策配置", roots[2].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("b", roots[2].GetProperty("id").GetString());
        Assert.Contains("person.colour", roots[3].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("payment.date", roots[4].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("refund.reason", roots[5].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("f", roots[6].GetProperty("id").GetString());
        Assert.Contains("JSON", roots[6].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("profile", roots[7].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.True(roots[8].TryGetProperty("error", out _));
        Assert.True(roots[9].TryGetProperty("error", out _));
        Assert.Equal(["id", "error"], roots[1].EnumerateObject().Select(p => p.Name));
        Assert.Equal("z", roots[10].GetProperty("id").GetString());
        Assert.True(roots[10].GetProperty("accepted").GetBoolean());
        Assert.Contains("9", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Section10_NumericId_EchoedAsNumber()
    {
        var (_, lines, _) = await RunAsync("""{"id":42,"profile":"youxi-2020","person":{"hukou":"local"},"payment":{"date":"2019-10-01"}}""");
        Assert.StartsWith("{\"id\":42,", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Section10_BlankLinesSkipped_CrLfAndBomAccepted()
    {
        var input = "\uFEFF" + SpecExample + "\r\n\r\n   \n" + SpecExample.Replace("\"c1\"", "\"c2\"", StringComparison.Ordinal) + "\r\n";
        var (_, lines, _) = await RunAsync(input);
        Assert.Equal(2, lines.Length);
        Assert.Equal("c1", Json(lines[0]).GetProperty("id").GetString());
        Assert.Equal("c2", Json(lines[1]).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Section10_ManyLines_OneResultEach_InOrder()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < 5000; i++)
        {
            builder.Append("{\"id\":\"n").Append(i).Append("\",\"profile\":\"shiquan-2021\",\"person\":{\"hukou\":\"local\"},\"payment\":{\"date\":\"2021-0")
                .Append((i % 9) + 1).Append("-15\"}}\n");
        }

        var (_, lines, _) = await RunAsync(builder.ToString());
        Assert.Equal(5000, lines.Length);
        for (var i = 0; i < lines.Length; i += 499)
        {
            Assert.Equal($"n{i}", Json(lines[i]).GetProperty("id").GetString());
        }
    }

    [Fact]
    public async Task Help_PrintsUsage_UnknownArgument_ExitCode2()
    {
        var (helpExit, helpLines, _) = await RunAsync("", "--help");
        Assert.Equal(0, helpExit);
        Assert.Contains(helpLines, l => l.Contains("rmi policy evaluate", StringComparison.Ordinal));
        var (badExit, badLines, error) = await RunAsync("", "--nope");
        Assert.Equal(2, badExit);
        Assert.Empty(badLines);
        Assert.Contains("用法", error, StringComparison.Ordinal);
    }
}
