using FluentValidation;
using ResidentMedicalInsurance.Application.Features.Rosters;
using ResidentMedicalInsurance.Application.Features.Worklists;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Households;

namespace ResidentMedicalInsurance.Application.Features.Accident;

/// <summary>
/// The insurer's list as xlsx (zh-CN: it goes to the insurer), filtered as on the page, in list order. ID numbers are
/// masked, so it is a query and not audited (like the worklists, ADR 0063). The rows are read as they are written.
/// </summary>
[AuthorizeRoles(Roles.Counter)]
public sealed record ExportAccidentCovers(Guid? TownshipId = null, string? Village = null) : IQuery<TableDownload>;

public sealed class ExportAccidentCoversValidator : AbstractValidator<ExportAccidentCovers>
{
    public ExportAccidentCoversValidator() =>
        RuleFor(x => x.Village).MaximumLength(Household.VillageMaxLength)
            .WithMessage(_ => WorklistTexts.Format("Village_TooLong", Household.VillageMaxLength));
}

public sealed class ExportAccidentCoversHandler(IAppDbContext db, ICurrentUser user, IPolicyGateway policy, IClock clock)
    : IRequestHandler<ExportAccidentCovers, TableDownload>
{
    public async Task<TableDownload> Handle(ExportAccidentCovers request, CancellationToken cancellationToken)
    {
        var scope = await AccidentListScope.LoadAsync(db, user, policy, request.TownshipId, request.Village, cancellationToken).ConfigureAwait(false);
        var where = string.Join("-", new[] { scope.Townships.Count == 1 ? scope.Townships[0].Name : null, scope.Village }.OfType<string>());
        var name = AccidentTexts.Chinese("File_Name", scope.Year, where.Length == 0 ? AccidentTexts.Chinese("File_AllTownships") : where,
            clock.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        string[] headers = ["Column_Number", "Column_Township", "Column_Village", "Column_Household", "Column_Name", "Column_IdNumber",
            "Column_Status", "Column_Premium", "Column_Channel", "Column_Voucher", "Column_PaidAt"];
        return new TableDownload(name, AccidentTexts.Chinese("File_Sheet"), headers.Select(h => AccidentTexts.Chinese(h)).ToList(), Rows(scope, cancellationToken));
    }

    private async IAsyncEnumerable<IReadOnlyList<object?>> Rows(
        AccidentListScope scope, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var number = 0;
        await foreach (var r in scope.Rows(db).AsAsyncEnumerable().WithCancellation(ct).ConfigureAwait(false))
        {
            yield return
            [
                ++number, r.Township, r.Village, r.HouseholdNumber, r.Name, Display.MaskId(r.IdNumber),
                AccidentTexts.Chinese($"Status_{r.Status}"), r.PremiumFen / 100m,
                r.Channel is { } c ? AccidentChannels.Find(c)?.Name ?? c : null, r.Voucher, r.PaidAt is { } at ? Display.Time(at) : null,
            ];
        }
    }
}
