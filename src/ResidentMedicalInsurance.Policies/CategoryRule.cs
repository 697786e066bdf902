namespace ResidentMedicalInsurance.Policies;

/// <summary>
/// One subsidy category (资助身份) a profile recognises: code, zh-CN name, how it is paid, who pays it,
/// who certifies it, and the certification cut-off. The portal lists these to offer certified categories.
/// </summary>
public sealed record CategoryRule
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required SubsidyMode Mode { get; init; }

    /// <summary>资金来源, e.g. 县财政, 医疗救助资金.</summary>
    public required string FundedBy { get; init; }

    /// <summary>认定部门 (null when the notice names none).</summary>
    public string? Department { get; init; }

    /// <summary>Fixed subsidy in fen; null means the full standard fee (全额资助).</summary>
    public long? AmountFen { get; init; }

    /// <summary>Only certifications on or before this date count for the profile's year.</summary>
    public DateOnly? CertifiedOnOrBefore { get; init; }

    /// <summary>Only residents with local hukou qualify (e.g. 本地户籍的临时救助对象).</summary>
    public bool LocalHukouOnly { get; init; }

    /// <summary>Clauses cited when this category applies.</summary>
    public required IReadOnlyList<BasisItem> Basis { get; init; }

    /// <summary>Cited when a certification came after <see cref="CertifiedOnOrBefore"/>.</summary>
    public BasisItem? LateCertificationBasis { get; init; }

    /// <summary>Cited when <see cref="LocalHukouOnly"/> excludes the resident.</summary>
    public BasisItem? NonlocalBasis { get; init; }

    /// <summary>The subsidy this category gives on a fee of <paramref name="standardFee"/> fen.</summary>
    public long AmountFor(long standardFee) => AmountFen is long fixedAmount ? Math.Min(fixedAmount, standardFee) : standardFee;
}

/// <summary>A circumstance (section 2 of the spec) a profile takes into account, named in its notice's words.</summary>
public sealed record CircumstanceInfo(Circumstance Circumstance, string Name)
{
    public string Code => Circumstance.Code;
}
