using ResidentMedicalInsurance.Domain.Residents;

namespace ResidentMedicalInsurance.Application.Features.Households;

/// <summary>
/// What is wrong with a typed ID number (the Domain's <see cref="ResidentIdError"/>) in the user's language:
/// Messages <c>ResidentId_&lt;Problem&gt;</c>, the error's facts in its order (ADR 0051).
/// </summary>
public static class ResidentIdMessages
{
    public static string Of(ResidentIdError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return Messages.Format($"ResidentId_{error.Problem}", [.. error.Facts]);
    }

    /// <summary>The number of a request its validator has passed; anything else is refused in the user's words.</summary>
    public static ResidentIdNumber Parse(string? input, DateOnly today) =>
        ResidentIdNumber.TryParse(input, today, out var id, out var error) ? id : throw new AppException(Of(error));
}
