using ResidentMedicalInsurance.Application.Features.Rosters;
using ResidentMedicalInsurance.Application.Policy;

namespace ResidentMedicalInsurance.Application.Features.Payments;

/// <summary>
/// 批量代缴清单 as xlsx, in zh-CN (the township's and the tax bureau's paper). ID numbers are masked, so it is a query
/// and not audited like the exports with full numbers (ADR 0058).
/// </summary>
[AuthorizeRoles(Roles.ResidentReaders)]
public sealed record ExportBatchList(Guid BatchId) : IQuery<TableDownload>;

public sealed class ExportBatchListHandler(IAppDbContext db, ICurrentUser user, IPolicyGateway policy, IUserNames names)
    : IRequestHandler<ExportBatchList, TableDownload>
{
    public async Task<TableDownload> Handle(ExportBatchList request, CancellationToken cancellationToken)
    {
        var list = await new BatchListReader(db, user, policy, names).ReadAsync(request.BatchId, cancellationToken);
        IReadOnlyList<string> headers =
        [
            .. new[] { "List_Number", "List_Name", "List_IdNumber", "List_Village", "List_Household", "List_Amount", "List_Subsidy", "List_Period" }
                .Select(k => CollectionTexts.Chinese(k)),
        ];
        var rows = list.Lines.Select(l => (IReadOnlyList<object?>)
            [l.Number, l.Name, l.MaskedIdNumber, l.Village, l.HouseholdNumber, l.AmountFen / 100m, l.SubsidyText, l.BenefitPeriodText]).ToList();
        rows.Add([CollectionTexts.Chinese("List_Total"), CollectionTexts.Chinese("List_Persons", list.Persons), null, null, null, list.AmountFen / 100m, null, null]);
        var date = list.PaidAtText[..10];
        return new TableDownload(CollectionTexts.Chinese("List_FileName", list.TownshipName, list.Voucher, date),
            CollectionTexts.Chinese("List_Sheet"), headers, TableRows.Of(rows));
    }
}
