using System.Reflection;
using ResidentMedicalInsurance.Policies.Counties.Youxi;
using static ResidentMedicalInsurance.Policies.Tests.TestSupport;

namespace ResidentMedicalInsurance.Policies.Tests;

/// <summary>policy-spec section 1 (profiles found by scanning) and section 3 (decision shape), across all profiles.</summary>
public class CatalogTests
{
    public static TheoryData<string> ProfileIds() => new() { "lianyungang-2020", "lianyungang-2008", "haimen-2020", "shiquan-2021", "youxi-2020" };

    [Fact]
    public void Section1_FiveProfiles_FoundByScanning()
        => Assert.Equal(["haimen-2020", "lianyungang-2008", "lianyungang-2020", "shiquan-2021", "youxi-2020"], PolicyCatalog.All.Select(p => p.Id));

    [Theory]
    [InlineData("lianyungang-2020", "lianyungang", 2020, "连政办传〔2019〕65号")]
    [InlineData("lianyungang-2008", "lianyungang", 2008, "连政办发〔2007〕149号")]
    [InlineData("haimen-2020", "haimen", 2020, "海门市 2020 年度居民医保通知")]
    [InlineData("shiquan-2021", "shiquan", 2021, "石政办函〔2020〕47号")]
    [InlineData("youxi-2020", "youxi", 2020, "尤政办〔2019〕45号")]
    public void Section1_ProfileTable(string id, string tenant, int year, string document)
    {
        var profile = PolicyCatalog.Find(id);
        Assert.NotNull(profile);
        Assert.Equal(tenant, profile.TenantCode);
        Assert.Equal(year, profile.Year);
        Assert.Equal(document, profile.DocumentNumber);
        Assert.Same(profile, PolicyCatalog.Find(tenant, year));
    }

    [Fact]
    public void Section1_TenantHoldsSeveralYears_NewestFirst()
        => Assert.Equal(["lianyungang-2020", "lianyungang-2008"], PolicyCatalog.ForTenant("lianyungang").Select(p => p.Id));

    [Fact]
    public void Section1_UnknownProfile_Null() => Assert.Null(PolicyCatalog.Find("youxi-1999"));

    [Fact]
    public void Section1_NewCountyYear_IsOneClass_PickedUpByScanning()
    {
        // A test assembly profile (one class plus its data) is found by the same scan.
        var found = PolicyCatalog.Scan(typeof(CatalogTests).Assembly);
        Assert.Contains(found, p => p.Id == "youxi-2021-scan");
        Assert.Equal(2021, found.Single(p => p.Id == "youxi-2021-scan").Year);
    }

    [Theory]
    [MemberData(nameof(ProfileIds))]
    public void Section3_EveryBasisItem_CitesItsNoticeOrADecision(string id)
    {
        var profile = PolicyCatalog.Find(id)!;
        var cases = SampleCases(profile);
        foreach (var policyCase in cases)
        {
            var decision = profile.Evaluate(policyCase);
            Assert.NotEmpty(decision.Basis);
            foreach (var item in decision.Basis)
            {
                Assert.True(item.Citation.StartsWith(profile.DocumentNumber, StringComparison.Ordinal) || item.Citation.StartsWith("decision:", StringComparison.Ordinal), item.Citation);
                Assert.False(string.IsNullOrWhiteSpace(item.Explanation));
                Assert.Contains('：', item.Text);
            }
        }
    }

    [Theory]
    [MemberData(nameof(ProfileIds))]
    public void Section3_CategoriesForThePortal_HaveNamesModesAndFunding(string id)
    {
        var profile = PolicyCatalog.Find(id)!;
        Assert.NotEmpty(profile.Categories);
        Assert.All(profile.Categories, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Name));
            Assert.False(string.IsNullOrWhiteSpace(c.FundedBy));
            Assert.NotEmpty(c.Basis);
        });
        Assert.Equal(profile.Categories.Count, profile.Categories.Select(c => c.Code).Distinct().Count());
        Assert.NotNull(profile.Circumstances);
    }

    [Theory]
    [MemberData(nameof(ProfileIds))]
    public void Section3_Performance_OneDecisionAllocatesUnder512Bytes(string id)
    {
        var profile = PolicyCatalog.Find(id)!;
        var policyCase = SampleCases(profile)[1];
        profile.Evaluate(policyCase);
        const int Rounds = 1000;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Rounds; i++)
        {
            profile.Evaluate(policyCase);
        }

        var perDecision = (GC.GetAllocatedBytesForCurrentThread() - before) / Rounds;
        Assert.True(perDecision < 512, $"{id}: {perDecision} bytes per decision");
    }

    [Fact]
    public void Purity_PoliciesAssembly_ReferencesOnlyTheRuntime()
    {
        var references = typeof(PolicyCatalog).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.All(references, name => Assert.True(name.StartsWith("System", StringComparison.Ordinal) || name == "netstandard", name));
        Assert.DoesNotContain(typeof(PolicyCatalog).Assembly.GetTypes(), t => t.GetMethods(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
            .Any(m => m.ReturnType == typeof(Stream)));
    }

    private static List<PolicyCase> SampleCases(IPolicyProfile profile)
    {
        var y = profile.Year;
        var cases = new List<PolicyCase>();
        foreach (var date in new[] { $"{y - 1}-08-31", $"{y - 1}-10-15", $"{y}-02-10", $"{y}-05-10", $"{y}-08-10", $"{y + 1}-01-05" })
        {
            var policyCase = Local($"{y - 30}-04-01").Paying(date).Refunding(RefundReason.Duplicate, date);
            cases.Add(policyCase);
            cases.Add(policyCase.Certified(profile.Categories[0].Code, $"{y - 1}-01-01"));
        }

        cases.Add(Nonlocal().Paying($"{y - 1}-10-15"));
        cases.Add(Local().Paying($"{y - 1}-10-15").Certified("no-such-category"));
        cases.Add(new PolicyCase { Person = Local() });
        return cases;
    }
}

/// <summary>A hypothetical next year: one class and its data, nothing else.</summary>
public sealed class YouxiProfile2021ForScan() : YouxiRules("youxi-2021-scan", "尤政办〔2020〕示例号", YouxiProfile2020.Data2020 with
{
    Year = 2021,
    IndividualFeeUntil = new DateOnly(2021, 6, 30),
    WindowOpens = new DateOnly(2020, 9, 1),
    WindowCloses = new DateOnly(2020, 12, 31),
    CountyExemptionsCertifiedBy = new DateOnly(2020, 9, 30),
});
