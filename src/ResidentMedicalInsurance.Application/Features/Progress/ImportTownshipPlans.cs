using FluentValidation;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Progress;

namespace ResidentMedicalInsurance.Application.Features.Progress;

/// <summary>
/// 导入任务数: a plans file (xlsx or csv, columns 乡镇 and 任务数) for one year, read whole in memory and applied all or
/// nothing: when any row is wrong, every wrong row is listed with its row number and reason and nothing is saved (ADR 0062).
/// </summary>
[AuthorizeRoles(Roles.Supervisor)]
public sealed record ImportTownshipPlans(int Year, string FileName, byte[] Content) : ICommand<PlanImportResult>;

/// <summary>The import's outcome: applied (with the plans changed), or the file's wrong rows (nothing saved).</summary>
public sealed record PlanImportResult(bool Applied, int Rows, int Changed, IReadOnlyList<PlanFileProblem> Problems, string Message);

/// <summary>One wrong row of the file: its row number as the spreadsheet shows it, the township as written, and what to do.</summary>
public sealed record PlanFileProblem(int RowNumber, string Township, string Reason);

public sealed class ImportTownshipPlansValidator : AbstractValidator<ImportTownshipPlans>
{
    public ImportTownshipPlansValidator()
    {
        RuleFor(x => x.FileName).NotEmpty().WithMessage(_ => PlanTexts.Get("File_Missing"))
            .Must(n => n.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || n.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            .WithMessage(_ => PlanTexts.Get("File_Type"));
        RuleFor(x => x.Content).Must(c => c.Length > 0).WithMessage(_ => PlanTexts.Get("File_Empty"))
            .Must(c => c.Length <= PlanRules.MaxFileBytes).WithMessage(_ => PlanTexts.Format("File_TooLarge", PlanRules.MaxFileBytes / 1024));
    }
}

public sealed class ImportTownshipPlansHandler(IAppDbContext db, IPolicyGateway policy, ICurrentUser user, IClock clock, ITableFileReader reader)
    : IRequestHandler<ImportTownshipPlans, PlanImportResult>
{
    public async Task<PlanImportResult> Handle(ImportTownshipPlans request, CancellationToken cancellationToken)
    {
        await PlanRules.CheckYearAsync(db, policy, request.Year, cancellationToken).ConfigureAwait(false);
        var book = await PlanBook.LoadAsync(db, request.Year, cancellationToken).ConfigureAwait(false);
        var byName = book.Townships.ToDictionary(t => t.Name, t => t.Id, StringComparer.Ordinal);
        var staged = new List<(Guid TownshipId, int Persons)>();
        var seen = new Dictionary<Guid, int>();
        var problems = new List<PlanFileProblem>();

        await using var stream = new MemoryStream(request.Content, writable: false);
        await foreach (var row in reader.ReadAsync(stream, request.FileName, PlanRules.Columns, cancellationToken).ConfigureAwait(false))
        {
            var name = PlanFileValues.TownshipName(row.Get(PlanRules.Township));
            var text = row.Get(PlanRules.Persons);
            if (name.Length == 0 && text.Length == 0)
            {
                continue;
            }

            string? reason;
            Guid id = default;
            var persons = 0;
            if (name.Length == 0)
            {
                reason = PlanTexts.Get("Row_TownshipMissing");
            }
            else if (!byName.TryGetValue(name, out id))
            {
                reason = PlanTexts.Format("Row_TownshipUnknown", name);
            }
            else if (seen.TryGetValue(id, out var first))
            {
                reason = PlanTexts.Format("Row_TownshipDuplicate", name, first);
            }
            else
            {
                seen[id] = row.RowNumber;
                reason = PlanFileValues.Persons(text, out persons) ?? book.Refusal(id, persons, null);
            }

            if (reason is null)
            {
                staged.Add((id, persons));
            }
            else
            {
                problems.Add(new PlanFileProblem(row.RowNumber, name, reason));
            }
        }

        if (problems.Count > 0)
        {
            return new PlanImportResult(false, staged.Count + problems.Count, 0, problems, PlanTexts.Format("Import_Refused", problems.Count));
        }

        if (staged.Count == 0)
        {
            return new PlanImportResult(false, 0, 0, [], PlanTexts.Get("Import_NoRows"));
        }

        var changed = staged.Count(s => book.Apply(s.TownshipId, s.Persons, PlanSource.Imported, user.UserName ?? "", clock.Now));
        await book.SaveAsync(cancellationToken).ConfigureAwait(false);
        return new PlanImportResult(true, staged.Count, changed, [], PlanTexts.Format("Import_Done", request.Year, staged.Count, changed));
    }
}
