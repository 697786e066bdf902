namespace ResidentMedicalInsurance.Policies;

/// <summary>One tenant's rules for one insurance year (policy-spec section 1).</summary>
public interface IPolicyProfile
{
    /// <summary>e.g. <c>youxi-2020</c>.</summary>
    string Id { get; }

    /// <summary>The tenant (county office) code, e.g. <c>youxi</c>.</summary>
    string TenantCode { get; }

    /// <summary>zh-CN name of the pooling region, e.g. 尤溪县.</summary>
    string TenantName { get; }

    /// <summary>The insurance year Y.</summary>
    int Year { get; }

    /// <summary>The notice the rules come from, e.g. 尤政办〔2019〕45号.</summary>
    string DocumentNumber { get; }

    /// <summary>Subsidy categories the profile recognises.</summary>
    IReadOnlyList<CategoryRule> Categories { get; }

    /// <summary>Circumstances the profile takes into account.</summary>
    IReadOnlyList<CircumstanceInfo> Circumstances { get; }

    /// <summary>对账期 of the year, in date order: paid dates from the window's opening to Y-12-31, each in one period.</summary>
    IReadOnlyList<ReconciliationPeriod> ReconciliationPeriods { get; }

    /// <summary>The campaign's targets beyond the township plans (Shiquan 七(二), 附件); <see cref="ProgressTargets.None"/> elsewhere.</summary>
    ProgressTargets Targets { get; }

    /// <summary>个人账户: the yearly credit per enrolled person, or null when the notice has no personal account.</summary>
    PersonalAccountRule? PersonalAccount { get; }
    /// <summary>The optional supplementary accident insurance the notice offers (Youxi 三(三)); null where it offers none.</summary>
    SupplementaryProduct? AccidentInsurance { get; }

    /// <summary>Eligibility, fee quote, payment acceptance, benefit period and refund, with their basis.</summary>
    PolicyDecision Evaluate(PolicyCase policyCase);
}
