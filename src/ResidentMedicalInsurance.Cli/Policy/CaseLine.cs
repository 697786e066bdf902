using ResidentMedicalInsurance.Policies;

namespace ResidentMedicalInsurance.Cli.Policy;

/// <summary>The case id as it appeared (a JSON string, a JSON number, or absent).</summary>
public readonly record struct CaseId(string? Value, bool IsNumber)
{
    public static CaseId None => default;
}

/// <summary>One parsed line of <c>policy evaluate</c> input.</summary>
public sealed record CaseLine(CaseId Id, IPolicyProfile Profile, PolicyCase Case);
