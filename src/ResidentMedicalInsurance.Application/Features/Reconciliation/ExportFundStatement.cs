using ResidentMedicalInsurance.Application.Features.Rosters;
using ResidentMedicalInsurance.Application.Policy;

namespace ResidentMedicalInsurance.Application.Features.Reconciliation;

/// <summary>对账单 as xlsx for finance: the statement's lines in the order of the printed page (no personal data).</summary>
[AuthorizeRoles(Roles.Oversight)]
public sealed record ExportFundStatement(DateOnly PeriodStart) : IQuery<TableDownload>;

public sealed class ExportFundStatementHandler(IAppDbContext db, IPolicyGateway policy, IClock clock, IUserNames names)
    : IRequestHandler<ExportFundStatement, TableDownload>
{
    public async Task<TableDownload> Handle(ExportFundStatement request, CancellationToken cancellationToken)
    {
        var calendar = await PeriodCalendar.LoadAsync(db, policy, clock, names, cancellationToken);
        var statement = await FundStatements.BuildAsync(db, policy, clock, calendar, request.PeriodStart, cancellationToken);
        var name = $"对账单-{statement.TenantName}-{statement.Year}-{statement.Period.Name}.xlsx";
        return new TableDownload(name, "对账单", StatementLines.Headers, TableRows.Of(StatementLines.Of(statement)));
    }
}

/// <summary>The statement as lines (section, item, persons, yuan, note): the xlsx rows and the print page's order.</summary>
public static class StatementLines
{
    public static IReadOnlyList<string> Headers => [T("Column_Section"), T("Column_Item"), T("Column_Persons"), T("Column_Amount"), T("Column_Note")];

    public static IEnumerable<IReadOnlyList<object?>> Of(FundStatement s)
    {
        var f = s.Figures;
        yield return [T("Section_Period"), s.Period.Name, null, null, $"{s.Period.DatesText}；{s.Period.StatusText}{(s.Period.SignedText is { } signed ? "（" + signed + "）" : "")}"];
        foreach (var group in Enum.GetValues<CollectionGroup>())
        {
            foreach (var c in f.Channels.Where(c => c.Group == group))
            {
                yield return [T($"Group_{group}"), c.Name, c.Persons, Yuan(c.AmountFen), null];
            }

            var (persons, amount) = f.Group(group);
            yield return [T($"Group_{group}"), T("Line_Subtotal"), persons, Yuan(amount), null];
        }

        yield return [T("Section_Total"), T("Line_Collected"), f.Persons, Yuan(f.AmountFen), f.CarriedIn.Persons > 0 ? ReconciliationTexts.Format("Note_CarriedIn", f.CarriedIn.Persons, Display.Yuan(f.CarriedIn.AmountFen)) : null];
        yield return [T("Section_Total"), f.Refunds.Name, f.Refunds.Persons, -Yuan(f.Refunds.AmountFen), null];
        yield return [T("Section_Total"), f.Reversals.Name, f.Reversals.Persons, -Yuan(f.Reversals.AmountFen), null];
        yield return [T("Section_Total"), T("Line_Net"), null, Yuan(f.NetFen), null];
        foreach (var subsidy in f.Subsidies)
        {
            yield return [T("Section_Subsidies"), subsidy.Name, subsidy.Persons, Yuan(subsidy.AmountFen), null];
        }

        foreach (var (kind, count) in f.Differences)
        {
            yield return [T("Section_Differences"), T($"Difference_{kind}"), count, null, null];
        }
    }

    private static decimal Yuan(long fen) => fen / 100m;

    private static string T(string key) => ReconciliationTexts.Get(key);
}
