using System.Globalization;
using ResidentMedicalInsurance.Application.Features.Enrollments;
using ResidentMedicalInsurance.Application.Features.Households;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Enrollments;

namespace ResidentMedicalInsurance.Web.Components.Enrollments;

/// <summary>
/// One member's enrolment form: whether to register now or defer, the circumstances the profile
/// offers (by catalogue code, typed by their kind: ADR 0046). Subsidy categories are not chosen here:
/// they come from departments' rosters approved by county staff.
/// </summary>
public sealed class MemberEnrollmentForm(MemberView member)
{
    public MemberView Member { get; } = member;
    public bool Selected { get; set; } = true;
    public bool Deferring { get; set; }
    public HashSet<string> Flags { get; } = [];
    public Dictionary<string, string> Values { get; } = [];
    public PolicyQuote? Quote { get; set; }

    public string Value(string code) => Values.GetValueOrDefault(code, "");

    /// <summary>Everything the clerk has set on this member, as one text: a preview is valid only for the same text.</summary>
    public string Snapshot() => string.Join('|',
        Member.ResidentId, Selected, Deferring,
        string.Join(',', Flags.Order(StringComparer.Ordinal)),
        string.Join(',', Values.Where(v => v.Value.Length > 0).OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key}={v.Value}")));

    /// <summary>The typed form as the request's input; a date or number that does not parse is an error message.</summary>
    public EnrollmentInput ToInput(Func<string, string> problem)
    {
        var c = StoredCircumstance.All.Aggregate(new EnrollmentCircumstances(), (stored, field) => field switch
        {
            StoredCircumstance<bool> flag => flag.With(stored, Flags.Contains(flag.Code)),
            StoredCircumstance<DateOnly?> date => date.With(stored, Date(date.Code, problem)),
            StoredCircumstance<int> number => number.With(stored, Number(number.Code, problem)),
            _ => throw new InvalidOperationException($"{field.Code}: no input for its kind."),
        });
        return new EnrollmentInput { Circumstances = c };
    }

    private DateOnly? Date(string code, Func<string, string> problem)
    {
        var text = Value(code);
        return string.IsNullOrWhiteSpace(text) ? null
            : ParseDate(text) ?? throw new Application.Abstractions.InputValidationException([problem("Enrollment_DateInvalid")]);
    }

    private int Number(string code, Func<string, string> problem)
    {
        var text = Value(code);
        return string.IsNullOrWhiteSpace(text) ? 0
            : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
            : throw new Application.Abstractions.InputValidationException([problem("Enrollment_NumberInvalid")]);
    }

    private static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
