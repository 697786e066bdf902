using System.Globalization;

namespace ResidentMedicalInsurance.Policies.Tests;

/// <summary>Short ways to build cases and check decisions, so each test reads like the clause it checks.</summary>
internal static class TestSupport
{
    public static DateOnly D(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static Person Local(string? birth = null) => new() { Hukou = Hukou.Local, BirthDate = birth is null ? null : D(birth) };

    public static Person Nonlocal() => new() { Hukou = Hukou.Nonlocal };

    public static PolicyCase Paying(this Person person, string date) => new() { Person = person, PaymentDate = D(date) };

    public static PolicyCase With(this PolicyCase policyCase, Circumstances circumstances) => policyCase with { Circumstances = circumstances };

    public static PolicyCase Certified(this PolicyCase policyCase, string code, string? on = null)
        => policyCase with { Categories = [.. policyCase.Categories, new CategoryCertification(code, on is null ? null : D(on))] };

    public static PolicyCase Refunding(this PolicyCase policyCase, RefundReason reason, string? on = null, bool benefitsUsed = false)
        => policyCase with { Refund = new RefundRequest(reason, on is null ? null : D(on), benefitsUsed) };

    public static void AssertBenefits(this PolicyDecision decision, string start, string end)
    {
        Assert.True(decision.Accepted, $"expected accepted, was {decision.RejectedReason}: {Basis(decision)}");
        Assert.Null(decision.RejectedReason);
        Assert.Equal(D(start), decision.BenefitStart);
        Assert.Equal(D(end), decision.BenefitEnd);
    }

    public static void AssertRejected(this PolicyDecision decision, string reason)
    {
        Assert.False(decision.Accepted);
        Assert.Equal(reason, decision.RejectedReason);
        Assert.Null(decision.StandardFee);
        Assert.Null(decision.Subsidy);
        Assert.Null(decision.IndividualDue);
        Assert.Null(decision.BenefitStart);
        Assert.Null(decision.BenefitEnd);
    }

    public static void AssertIneligible(this PolicyDecision decision, string reason)
    {
        Assert.False(decision.Eligible);
        Assert.Equal(reason, decision.IneligibleReason);
        decision.AssertRejected(RejectedReasons.Ineligible);
    }

    public static void AssertFee(this PolicyDecision decision, long standardFen, long dueFen)
    {
        Assert.True(decision.Accepted, $"expected accepted, was {decision.RejectedReason}: {Basis(decision)}");
        Assert.Equal(standardFen, decision.StandardFee);
        Assert.Equal(dueFen, decision.IndividualDue);
    }

    public static void AssertSubsidy(this PolicyDecision decision, string code, long amountFen, SubsidyMode mode, string fundedBy)
    {
        var subsidy = Assert.IsType<SubsidyDecision>(decision.Subsidy);
        Assert.Equal(code, subsidy.Code);
        Assert.Equal(amountFen, subsidy.Amount);
        Assert.Equal(mode, subsidy.Mode);
        Assert.Equal(fundedBy, subsidy.FundedBy);
    }

    public static void AssertRefund(this PolicyDecision decision, bool refundable, long amountFen)
    {
        var refund = Assert.IsType<RefundDecision>(decision.Refund);
        Assert.Equal(refundable, refund.Refundable);
        Assert.Equal(amountFen, refund.Amount);
    }

    /// <summary>The decision cites exactly this citation (notice clause or decision:id) among its basis.</summary>
    public static void AssertCites(this PolicyDecision decision, string citation)
        => Assert.True(decision.Basis.Any(b => b.Citation == citation), $"expected basis {citation}, got: {Basis(decision)}");

    /// <summary>The decision cites this clause with an explanation holding <paramref name="words"/>: tells apart the clauses that share one citation.</summary>
    public static void AssertCites(this PolicyDecision decision, string citation, string words)
        => Assert.True(decision.Basis.Any(b => b.Citation == citation && b.Explanation.Contains(words, StringComparison.Ordinal)),
            $"expected basis {citation} saying {words}, got: {string.Join(" | ", decision.Basis.Select(b => b.Text))}");

    public static void AssertDoesNotCite(this PolicyDecision decision, string citation, string words)
        => Assert.False(decision.Basis.Any(b => b.Citation == citation && b.Explanation.Contains(words, StringComparison.Ordinal)),
            $"unexpected basis {citation} saying {words}: {string.Join(" | ", decision.Basis.Select(b => b.Text))}");

    public static void AssertDoesNotCite(this PolicyDecision decision, string citation)
        => Assert.False(decision.Basis.Any(b => b.Citation == citation), $"unexpected basis {citation}: {Basis(decision)}");

    private static string Basis(PolicyDecision decision) => string.Join(" | ", decision.Basis.Select(b => b.Citation));
}
