using ResidentMedicalInsurance.Domain.Residents;
using ResidentMedicalInsurance.Domain.Rosters;
using ResidentMedicalInsurance.Policies;

namespace ResidentMedicalInsurance.Application.Features.Rosters;

/// <summary>
/// 比对: one roster row against the tenant's residents, townships and profile (policy-spec decision
/// <c>roster-outcomes</c>). The checks run in a fixed order and the first that fails is the outcome, so
/// each row has one outcome and one reason a department can act on.
/// </summary>
public sealed class RosterMatcher(SubsidyRoster roster, IReadOnlyList<CategoryRule> categories, IReadOnlySet<string> townships, DateOnly today)
{
    /// <summary>A resident as the matcher needs them.</summary>
    public sealed record Person(Guid Id, string Name, Guid HouseholdId, Guid TownshipId, bool EmployeeInsurance);

    /// <param name="seen">ID numbers of earlier rows of this file (the first row of a person counts); this row's is added.</param>
    public RosterRow Match(TableRow row, IReadOnlyDictionary<string, Person> residents, ISet<string> seen)
    {
        var result = Raw(row);
        var idText = RosterValues.IdText(result.IdNumberText);
        if (!ResidentIdNumber.TryParse(idText, today, out var id, out var idError))
        {
            return Outcome(result, RosterOutcome.InvalidId, StoredAsNumber(row, idText)
                ? RosterTexts.Reason("Reason_IdStoredAsNumber", result.IdNumberText)
                : RosterTexts.Reason("Reason_InvalidId", idError));
        }

        result.IdNumber = id.Value;
        if (!seen.Add(id.Value))
        {
            return Outcome(result, RosterOutcome.DuplicateInFile, RosterTexts.Reason("Reason_DuplicateInFile"));
        }

        if (result.Township.Length > 0 && !townships.Contains(RosterValues.Name(result.Township)))
        {
            return Outcome(result, RosterOutcome.NotInScope, RosterTexts.Reason("Reason_NotInScope", result.Township));
        }

        var category = Category(result.CategoryText);
        if (category is null)
        {
            return Outcome(result, RosterOutcome.UnknownCategory, RosterTexts.Reason("Reason_UnknownCategory", result.CategoryText, string.Join("、", categories.Select(c => c.Name))));
        }

        result.CategoryCode = category.Code;
        if (!residents.TryGetValue(id.Value, out var person))
        {
            return Outcome(result, RosterOutcome.NotRegistered, RosterTexts.Reason("Reason_NotRegistered"));
        }

        result.ResidentId = person.Id;
        result.HouseholdId = person.HouseholdId;
        result.TownshipId = person.TownshipId;
        if (RosterValues.Name(result.Name) != RosterValues.Name(person.Name))
        {
            return Outcome(result, RosterOutcome.NameMismatch, RosterTexts.Reason("Reason_NameMismatch", person.Name));
        }

        if (result.Action == RosterAction.Cancel)
        {
            return Outcome(result, RosterOutcome.Matched, RosterTexts.Reason("Reason_MatchedCancel", category.Name));
        }

        if (person.EmployeeInsurance)
        {
            return Outcome(result, RosterOutcome.EmployeeInsurance, RosterTexts.Reason("Reason_EmployeeInsurance"));
        }

        if (!RosterValues.TryDate(result.CertifiedOnText, row.NumericCells.Contains(RosterLayout.CertifiedOn), out var certifiedOn))
        {
            return Outcome(result, RosterOutcome.LateCertification, RosterTexts.Reason("Reason_DateUnreadable", result.CertifiedOnText));
        }

        result.CertifiedOn = certifiedOn;
        if (certifiedOn is { } on && category.CertifiedOnOrBefore is { } cutoff && on > cutoff)
        {
            return Outcome(result, RosterOutcome.LateCertification, RosterTexts.Reason(
                "Reason_Late", Display.Date(on), Display.Date(cutoff), roster.Year, category.LateCertificationBasis?.Text ?? ""));
        }

        return Outcome(result, RosterOutcome.Matched, certifiedOn is null
            ? RosterTexts.Reason("Reason_MatchedUndated", category.Name)
            : RosterTexts.Reason("Reason_Matched", category.Name));
    }

    private RosterRow Raw(TableRow row) => new()
    {
        Id = Guid.CreateVersion7(),
        RosterId = roster.Id,
        RowNumber = row.RowNumber,
        Name = RosterValues.Fit(row.Get(RosterLayout.Name), RosterRow.TextMaxLength),
        IdNumberText = RosterValues.Fit(row.Get(RosterLayout.IdNumber), RosterRow.TextMaxLength),
        CategoryText = RosterValues.Fit(row.Get(RosterLayout.Category), RosterRow.TextMaxLength),
        Department = RosterValues.Fit(row.Get(RosterLayout.Department) is { Length: > 0 } d ? d : roster.Department, SubsidyRoster.DepartmentMaxLength),
        CertifiedOnText = RosterValues.Fit(row.Get(RosterLayout.CertifiedOn), RosterRow.TextMaxLength),
        Township = RosterValues.Fit(row.Get(RosterLayout.Township), RosterRow.TextMaxLength),
        Village = RosterValues.Fit(row.Get(RosterLayout.Village), RosterRow.TextMaxLength),
        Note = RosterValues.Fit(row.Get(RosterLayout.Note), RosterRow.NoteMaxLength),
        Action = roster.Kind == RosterKind.Change && RosterLayout.IsCancel(row.Get(RosterLayout.Action)) ? RosterAction.Cancel : RosterAction.Add,
    };

    /// <summary>By code or by the profile's name, white space ignored.</summary>
    private CategoryRule? Category(string text)
    {
        var key = RosterValues.Name(text);
        return key.Length == 0 ? null : categories.FirstOrDefault(c =>
            string.Equals(c.Code, key, StringComparison.OrdinalIgnoreCase) || RosterValues.Name(c.Name) == key);
    }

    /// <summary>An 18-digit number Excel kept as a number (15 significant digits): the last ones are lost.</summary>
    private static bool StoredAsNumber(TableRow row, string idText) =>
        row.NumericCells.Contains(RosterLayout.IdNumber) && idText.Length != ResidentIdNumber.LegacyLength
        || idText.Contains("E+", StringComparison.OrdinalIgnoreCase);

    private static RosterRow Outcome(RosterRow row, RosterOutcome outcome, string reason)
    {
        row.Outcome = outcome;
        row.Reason = RosterValues.Fit(reason, SubsidyRoster.ReasonMaxLength);
        return row;
    }
}
