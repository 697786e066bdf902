using ResidentMedicalInsurance.Domain.Enrollments;

namespace ResidentMedicalInsurance.Application.Features.Common;

/// <summary>Basis lines are stored one per line, cut to the column's length.</summary>
public static class BasisText
{
    public static string Join(IEnumerable<string> lines)
    {
        var text = string.Join("\n", lines);
        return text.Length <= Enrollment.BasisMaxLength ? text : text[..Enrollment.BasisMaxLength];
    }

    public static IReadOnlyList<string> Split(string? text) =>
        string.IsNullOrEmpty(text) ? [] : text.Split('\n');
}
