using FluentValidation;
using ResidentMedicalInsurance.Application.Features.Rosters;
using ResidentMedicalInsurance.Application.Policy;

namespace ResidentMedicalInsurance.Application.Features.Worklists;

/// <summary>
/// A whole worklist as xlsx, filtered as on the page (township, village), in list order. ID numbers are masked, so it is
/// a query and not audited (like the 批量代缴清单, ADR 0058). The rows are read as they are written.
/// </summary>
[AuthorizeRoles(Roles.ResidentReaders)]
public sealed record ExportWorklist(WorklistKind Kind, Guid? TownshipId = null, string? Village = null) : IQuery<TableDownload>;

public sealed class ExportWorklistValidator : AbstractValidator<ExportWorklist>
{
    public ExportWorklistValidator()
    {
        RuleFor(x => x.Kind).IsInEnum().WithMessage(_ => WorklistTexts.Get("Kind_Unknown"));
        RuleFor(x => x.Village).Village();
    }
}

public sealed class ExportWorklistHandler(IAppDbContext db, ICurrentUser user, IPolicyGateway policy, IClock clock)
    : IRequestHandler<ExportWorklist, TableDownload>
{
    public async Task<TableDownload> Handle(ExportWorklist request, CancellationToken cancellationToken)
    {
        var scope = await WorklistScope.LoadAsync(db, user, policy, clock, request.TownshipId, request.Village, cancellationToken).ConfigureAwait(false);
        var kind = request.Kind;
        var where = string.Join("-", new[] { scope.TownshipIds.Count == 1 ? scope.TownshipNames.Values.Single() : null, scope.Village }.OfType<string>());
        var name = WorklistTexts.Format("File_Name", WorklistTexts.Name(kind), where.Length == 0 ? WorklistTexts.Get("File_AllTownships") : where,
            scope.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        return new TableDownload(name, WorklistTexts.Name(kind), Headers(kind), Rows(scope, kind, cancellationToken));
    }

    private static IReadOnlyList<string> Headers(WorklistKind kind) =>
    [
        .. new[] { "Column_Number", "Column_Name", "Column_IdNumber", "Column_Township", "Column_Village", "Column_Household" }.Select(WorklistTexts.Get),
        .. kind == WorklistKind.CertifiedNotEnrolled ? [] : new[] { WorklistTexts.Get(kind == WorklistKind.TodaysPayments ? "Column_Paid" : "Column_Due") },
        WorklistTexts.Get($"Column_Note_{kind}"),
    ];

    private async IAsyncEnumerable<IReadOnlyList<object?>> Rows(
        WorklistScope scope, WorklistKind kind, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var number = 0;
        await foreach (var row in WorklistRows.Ordered(db, scope, kind).AsNoTracking().AsAsyncEnumerable().WithCancellation(ct).ConfigureAwait(false))
        {
            var item = WorklistRows.Item(row, scope, kind);
            object?[] first = [++number, item.Name, item.MaskedIdNumber, item.Township, item.Village, item.HouseholdNumber];
            yield return kind == WorklistKind.CertifiedNotEnrolled
                ? [.. first, item.Note]
                : [.. first, item.AmountFen is { } fen ? fen / 100m : null, item.Note];
        }
    }
}
