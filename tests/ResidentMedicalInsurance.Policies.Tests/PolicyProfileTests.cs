using System.Reflection;
using System.Reflection.Emit;
using ResidentMedicalInsurance.Policies.Counties.Lianyungang;
using ResidentMedicalInsurance.Policies.Households;
using static ResidentMedicalInsurance.Policies.Tests.TestSupport;

namespace ResidentMedicalInsurance.Policies.Tests;

/// <summary>The shared decision flow and helpers, where no one county's clause is the point.</summary>
public class PolicyProfileTests
{
    private const string Doc = "连政办发〔2007〕149号";

    /// <summary>A notice whose reduced fee equals the full fee: its categories are worth nothing.</summary>
    private sealed class NothingReduced() : LianyungangUrbanRules("lianyungang-2008-nothing-reduced", Doc,
        LianyungangProfile2008.Data2008 with { ReducedFeeFen = LianyungangProfile2008.Data2008.FeeFen, CardFeeFen = 5_00 });

    [Fact]
    public void A_case_is_required()
        => Assert.Throws<ArgumentNullException>(() => new LianyungangProfile2008().Evaluate(null!));

    [Fact]
    public void A_category_worth_nothing_on_the_fee_gives_no_subsidy()
    {
        var decision = new NothingReduced().Evaluate(Local().Paying("2007-10-01").Certified("dibao"));

        decision.AssertFee(120_00, 120_00);
        Assert.Null(decision.Subsidy);
        Assert.Equal(5_00, decision.CardFee);
    }

    [Fact]
    public void The_basis_keeps_at_most_twelve_items_and_drops_the_rest()
    {
        var buffer = new BasisBuffer();
        for (var i = 0; i < 13; i++)
        {
            buffer.Add(new BasisItem("decision:test", i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var items = buffer.ToArray();

        Assert.Equal(12, buffer.Count);
        Assert.Equal(12, items.Length);
        Assert.Equal("11", items[^1].Explanation);
    }

    [Fact]
    public void A_reconciliation_period_holds_its_first_and_last_day_only()
    {
        var period = new ReconciliationPeriod(D("2020-02-01"), D("2020-02-29"), "2020年2月", null, null, ReconciliationCalendar.MonthlyDecision);

        Assert.True(period.Contains(D("2020-02-01")));
        Assert.True(period.Contains(D("2020-02-29")));
        Assert.False(period.Contains(D("2020-01-31")));
        Assert.False(period.Contains(D("2020-03-01")));
    }

    [Fact]
    public void A_window_ending_December_30_leaves_December_31_as_a_period_of_its_own()
    {
        var window = new ReconciliationPeriod(D("2019-09-01"), D("2020-12-30"), "集中缴费期", null, null, ReconciliationCalendar.MonthlyDecision);

        var periods = ReconciliationCalendar.Build(2020, window, (_, _) => (null, null), ReconciliationCalendar.MonthlyDecision);

        Assert.Equal(2, periods.Count);
        Assert.Equal((D("2020-12-31"), D("2020-12-31")), (periods[1].Start, periods[1].End));
    }

    [Fact]
    public void The_household_rule_needs_a_profile_and_members()
    {
        Assert.Throws<ArgumentNullException>(() => HouseholdRule.AppliesTo(null!));
        Assert.Throws<ArgumentNullException>(() => HouseholdRule.Check(null!));
    }

    [Fact]
    public void Scanning_needs_an_assembly()
        => Assert.Throws<ArgumentNullException>(() => PolicyCatalog.Scan(null!));

    [Fact]
    public void Scanning_refuses_two_profiles_with_one_id()
    {
        // Built at run time: this test assembly is scanned by CatalogTests and must keep its ids unique.
        var assembly = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("DuplicateProfiles"), AssemblyBuilderAccess.Run);
        var module = assembly.DefineDynamicModule("DuplicateProfiles");
        var baseConstructor = typeof(LianyungangUrbanRules).GetConstructor(
            BindingFlags.Instance | BindingFlags.NonPublic, [typeof(string), typeof(string), typeof(LianyungangUrbanData)])!;
        var data = typeof(LianyungangProfile2008).GetProperty(nameof(LianyungangProfile2008.Data2008))!.GetMethod!;
        foreach (var name in new[] { "First", "Second" })
        {
            var type = module.DefineType(name, TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Class, typeof(LianyungangUrbanRules));
            var il = type.DefineConstructor(MethodAttributes.Public, CallingConventions.Standard, Type.EmptyTypes).GetILGenerator();
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Ldstr, "lianyungang-2008-twice");
            il.Emit(OpCodes.Ldstr, Doc);
            il.Emit(OpCodes.Call, data);
            il.Emit(OpCodes.Call, baseConstructor);
            il.Emit(OpCodes.Ret);
            type.CreateType();
        }

        var refused = Assert.Throws<InvalidOperationException>(() => PolicyCatalog.Scan(assembly));
        Assert.Contains("lianyungang-2008-twice", refused.Message, StringComparison.Ordinal);
    }
}
