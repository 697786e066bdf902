namespace ResidentMedicalInsurance.Domain.Residents;

/// <summary>
/// Masks an ID number for lists and exports: the first 6 and last 4 characters stay, the rest become
/// stars (18 characters: <c>350426********1234</c>). Works on stored strings too, whatever their length.
/// The hidden middle is the birth date, so next to a masked number only <see cref="BirthYear"/> may stand
/// (ADR 0042): the full date would fill the stars back in.
/// </summary>
public static class ResidentIdMask
{
    private const int Head = 6;
    private const int Tail = 4;

    public static string Mask(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        // Too short to keep both ends without revealing almost everything: hide it all.
        if (value.Length <= Head + Tail)
        {
            return new string('*', value.Length);
        }

        return string.Create(value.Length, value, static (span, source) =>
        {
            source.AsSpan(0, Head).CopyTo(span);
            span[Head..^Tail].Fill('*');
            source.AsSpan(source.Length - Tail).CopyTo(span[^Tail..]);
        });
    }

    /// <summary>1964-02-11 -> "1964年": the birth as shown next to a masked ID number.</summary>
    public static string BirthYear(DateOnly birthDate) => birthDate.Year.ToString(CultureInfo.InvariantCulture) + "年";
}
