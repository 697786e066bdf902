namespace ResidentMedicalInsurance.Domain.Households;

/// <summary>
/// What a clerk knows about a resident beyond hukou and documents that a notice's eligibility reads (policy-spec section 2):
/// already insured at the hukou place (Lianyungang 一(三), Haimen 一), employed and years lived here (Youxi 二3), in the
/// stationed armed police squadron (Youxi 二2), a child of a parent insured in the prefecture (Youxi 二4), and until when a
/// residence permit is valid. Unknown is recorded as false, 0 or no date, as before these were recorded.
/// </summary>
public sealed record ResidentFacts
{
    public const int MaxResidentYears = 120;

    public static ResidentFacts None { get; } = new();

    public bool InsuredElsewhere { get; init; }
    public bool Employed { get; init; }
    public int ResidentYears { get; init; }
    public bool ArmedPolice { get; init; }
    public bool ParentInsuredInPrefecture { get; init; }

    /// <summary>居住证有效期至; null: not recorded (the permit counts as valid).</summary>
    public DateOnly? PermitValidUntil { get; init; }

    /// <summary>Whether a residence permit of <paramref name="document"/> counts on <paramref name="day"/>: one is held and has not expired.</summary>
    public bool PermitValidOn(OtherDocumentKind document, DateOnly day) =>
        (document is OtherDocumentKind.ResidencePermit or OtherDocumentKind.HkMacaoTaiwanPermit) && (PermitValidUntil is not { } until || until >= day);
}
