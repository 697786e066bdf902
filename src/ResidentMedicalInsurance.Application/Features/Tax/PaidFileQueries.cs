using FluentValidation;
using ResidentMedicalInsurance.Domain.Tax;

namespace ResidentMedicalInsurance.Application.Features.Tax;

/// <summary>已缴费信息: the tenant's paid files, newest first, with progress and counts per outcome.</summary>
[AuthorizeRoles(Roles.Bureau)]
public sealed record ListPaidFiles : IQuery<IReadOnlyList<PaidFileSummary>>;

/// <summary>One file's rows, filtered by outcome, paged on the server; ID numbers masked.</summary>
[AuthorizeRoles(Roles.Bureau)]
public sealed record ListPaidRecords(Guid FileId, PaidOutcome? Outcome = null, int Skip = 0, int Take = 50) : IQuery<PaidRecordPage>;

/// <summary>取消导入 of a file still being read or matched.</summary>
[AuthorizeRoles(Roles.Bureau)]
public sealed record CancelPaidImport(Guid FileId) : ICommand<string>;

/// <remarks>
/// While 入账中, <see cref="ApplyProgressText"/> says how far the job is (rows applied of the rows to apply) when this
/// process runs it, or that it waits; the figures of the match stay as they were.
/// </remarks>
public sealed record PaidFileSummary(
    Guid Id, string FileName, PaidFileStatus Status, string StatusText, int RowsDone, int RowsTotal, string? Failure,
    string UploadedBy, string UploadedAtText, string AppliedAtText, IReadOnlyList<PaidOutcomeCount> Outcomes,
    int ApplyPercent = 0, string? ApplyProgressText = null)
{
    public bool IsRunning => Status is PaidFileStatus.Queued or PaidFileStatus.Reading or PaidFileStatus.Matching;

    public bool IsApplying => Status == PaidFileStatus.Applying;

    public int Percent => RowsTotal == 0 ? 0 : Math.Min(100, RowsDone * 100 / RowsTotal);
}

public sealed record PaidOutcomeCount(PaidOutcome Outcome, string Name, string Label, int Count);

public sealed record PaidRecordPage(IReadOnlyList<PaidRecordItem> Items, int Total);

public sealed record PaidRecordItem(
    int RowNumber, string Name, string MaskedIdNumber, string YearText, string AmountText, string ExpectedText, string PaidAtText,
    string Channel, string Voucher, PaidOutcome Outcome, string OutcomeText, string Reason);

public sealed class ListPaidRecordsValidator : AbstractValidator<ListPaidRecords>
{
    public ListPaidRecordsValidator()
    {
        RuleFor(x => x.Skip).GreaterThanOrEqualTo(0).WithMessage(_ => TaxTexts.Get("Rows_PageInvalid"));
        RuleFor(x => x.Take).InclusiveBetween(1, 500).WithMessage(_ => TaxTexts.Get("Rows_PageSize"));
    }
}

public sealed class ListPaidFilesHandler(IAppDbContext db, IUserNames names, PaidApplyProgress progress) : IRequestHandler<ListPaidFiles, IReadOnlyList<PaidFileSummary>>
{
    public async Task<IReadOnlyList<PaidFileSummary>> Handle(ListPaidFiles request, CancellationToken cancellationToken)
    {
        // A county has a few files a month; SQLite cannot order DateTimeOffset in SQL.
        var files = (await db.PaidFiles.AsNoTracking().ToListAsync(cancellationToken)).OrderByDescending(f => f.UploadedAt).Take(50).ToList();
        var ids = files.Select(f => f.Id).ToList();
        var counts = await db.PaidRecords.Where(r => ids.Contains(r.FileId)).GroupBy(r => new { r.FileId, r.Outcome })
            .Select(g => new { g.Key.FileId, g.Key.Outcome, Count = g.Count() }).ToListAsync(cancellationToken);
        var people = await names.DisplayNamesAsync(files.Select(f => f.UploadedBy), cancellationToken);
        return files.Select(f => new PaidFileSummary(
            f.Id, f.FileName, f.Status, TaxTexts.Get(f.CancelRequested && f.IsRunning ? "Status_Cancelling" : $"Status_{f.Status}"), f.RowsDone, f.RowsTotal,
            f.Failure, people[f.UploadedBy], Display.Time(f.UploadedAt), Display.Time(f.AppliedAt),
            PaidOutcomes.All.Select(o => new PaidOutcomeCount(o, PaidOutcomes.Name(o), TaxTexts.Get($"Outcome_{o}"),
                counts.Where(c => c.FileId == f.Id && c.Outcome == o).Sum(c => c.Count))).ToList())
            with { ApplyPercent = ApplyPercent(f), ApplyProgressText = ApplyText(f) }).ToList();
    }

    private int ApplyPercent(PaidFile file) =>
        file.Status == PaidFileStatus.Applying && progress.Of(file.Id) is { Total: > 0 } p ? Math.Min(100, p.Done * 100 / p.Total) : 0;

    private string? ApplyText(PaidFile file) => file.Status != PaidFileStatus.Applying
        ? null
        : progress.Of(file.Id) is { } p ? TaxTexts.Format("Apply_Progress", p.Done, p.Total) : TaxTexts.Get("Apply_Waiting");
}

public sealed class ListPaidRecordsHandler(IAppDbContext db) : IRequestHandler<ListPaidRecords, PaidRecordPage>
{
    public async Task<PaidRecordPage> Handle(ListPaidRecords request, CancellationToken cancellationToken)
    {
        _ = (await db.PaidFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == request.FileId, cancellationToken)).Found();
        var query = db.PaidRecords.AsNoTracking().Where(r => r.FileId == request.FileId);
        if (request.Outcome is { } outcome)
        {
            query = query.Where(r => r.Outcome == outcome);
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(r => r.RowNumber).Skip(request.Skip).Take(request.Take).ToListAsync(cancellationToken);
        return new PaidRecordPage(rows.Select(r => new PaidRecordItem(
            r.RowNumber, r.Name, Display.MaskId(r.IdNumber ?? r.IdNumberText), r.YearText, r.AmountText, r.ExpectedFen is { } e ? Display.Yuan(e) : "—",
            r.PaidAtText, r.Channel, r.Voucher, r.Outcome, TaxTexts.Get($"Outcome_{r.Outcome}"), r.Reason)).ToList(), total);
    }
}

public sealed class CancelPaidImportHandler(IAppDbContext db) : IRequestHandler<CancelPaidImport, string>
{
    public async Task<string> Handle(CancelPaidImport request, CancellationToken cancellationToken)
    {
        var file = (await db.PaidFiles.FirstOrDefaultAsync(f => f.Id == request.FileId, cancellationToken)).Found();
        if (!file.IsRunning)
        {
            throw new AppException(TaxTexts.Get("Cancel_NotRunning"));
        }

        file.CancelRequested = true;
        file.Version++;
        await db.SaveChangesAsync(cancellationToken);
        return TaxTexts.Get("Cancel_Requested");
    }
}
