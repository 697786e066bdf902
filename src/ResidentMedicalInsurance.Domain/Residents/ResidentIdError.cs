namespace ResidentMedicalInsurance.Domain.Residents;

/// <summary>Each way a typed ID number can be wrong. The Domain names it; the Application words it in the user's language (ADR 0051).</summary>
public enum ResidentIdProblem
{
    /// <summary>Nothing typed.</summary>
    Empty,

    /// <summary>Neither 18 nor 15 characters. Facts: the length typed.</summary>
    WrongLength,

    /// <summary>Not a digit (or X last). Facts: the position (from 1), the character.</summary>
    IllegalCharacter,

    /// <summary>Facts: the first two digits.</summary>
    InvalidProvince,

    /// <summary>A 港澳台居民居住证 number not starting with its fixed code. Facts: the code expected, the six digits typed.</summary>
    InvalidPermitRegion,

    /// <summary>Facts: the eight date digits.</summary>
    InvalidBirthDate,

    /// <summary>Facts: the birth date.</summary>
    BirthBefore1900,

    /// <summary>Facts: the birth date, today.</summary>
    BirthInFuture,

    /// <summary>Facts: the check digit expected, the one typed.</summary>
    WrongCheckDigit,

    /// <summary>A 15-digit number with a non-digit. Facts: the position, the character.</summary>
    LegacyIllegalCharacter,

    /// <summary>Facts: the first two digits.</summary>
    LegacyInvalidProvince,

    /// <summary>Facts: the six date digits, the year they would mean (19yy).</summary>
    LegacyInvalidBirthDate,

    /// <summary>Facts: the birth date, today.</summary>
    LegacyBirthInFuture,
}

/// <summary>
/// What is wrong with a typed ID number: the problem and its facts as text, in the order the message names
/// them (numbers and characters as typed, dates as yyyy-MM-dd). Equal when problem and facts are.
/// </summary>
public sealed record ResidentIdError(ResidentIdProblem Problem, IReadOnlyList<string> Facts)
{
    public ResidentIdError(ResidentIdProblem problem, params string[] facts)
        : this(problem, (IReadOnlyList<string>)facts)
    {
    }

    internal static ResidentIdError Of(ResidentIdProblem problem, params object[] facts) => new(problem, facts.Select(Text).ToArray());

    public bool Equals(ResidentIdError? other) => other is not null && Problem == other.Problem && Facts.SequenceEqual(other.Facts);

    public override int GetHashCode() => HashCode.Combine(Problem, Facts.Count);

    /// <summary>For logs and exceptions, e.g. <c>WrongCheckDigit(X, 1)</c>.</summary>
    public override string ToString() => $"{Problem}({string.Join(", ", Facts)})";

    private static string Text(object fact) => fact switch
    {
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => fact.ToString() ?? "",
    };
}
