using ResidentMedicalInsurance.Application.Features.Enrollments;
using ResidentMedicalInsurance.Application.Features.Payments;
using ResidentMedicalInsurance.Application.Features.Rosters;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Residents;
using ResidentMedicalInsurance.Domain.Tax;

namespace ResidentMedicalInsurance.Application.Features.Tax;

// The paid-file job's steps, each one command (one transaction), as for rosters (ADR 0053).

[AuthorizeRoles(Roles.Bureau)]
public sealed record StartPaidImport(Guid FileId) : ICommand<StagedStart?>;

[AuthorizeRoles(Roles.Bureau)]
public sealed record ImportPaidRecords(Guid FileId, IReadOnlyList<TableRow> Rows, double FileFraction) : ICommand<bool>;

[AuthorizeRoles(Roles.Bureau)]
public sealed record FinishPaidImport(Guid FileId, string? Failure) : ICommand<PaidFileStatus>;

public sealed class StartPaidImportHandler(IAppDbContext db) : IRequestHandler<StartPaidImport, StagedStart?>
{
    public async Task<StagedStart?> Handle(StartPaidImport request, CancellationToken cancellationToken)
    {
        var file = await db.PaidFiles.FirstOrDefaultAsync(f => f.Id == request.FileId, cancellationToken);
        var content = file is { IsRunning: true, CancelRequested: false }
            ? await db.PaidFileContents.AsNoTracking().FirstOrDefaultAsync(c => c.FileId == file.Id, cancellationToken)
            : null;
        if (file is null || content is null)
        {
            return null;
        }

        file.Status = file.Status == PaidFileStatus.Queued ? PaidFileStatus.Reading : file.Status;
        await db.SaveChangesAsync(cancellationToken);
        var resume = await db.PaidRecords.Where(r => r.FileId == file.Id).MaxAsync(r => (int?)r.RowNumber, cancellationToken) ?? 0;
        return new StagedStart(file.FileName, content.Content, resume);
    }
}

public sealed class ImportPaidRecordsHandler(IAppDbContext db, IClock clock, IPolicyGateway policy, IStagingRows staging)
    : IRequestHandler<ImportPaidRecords, bool>
{
    public async Task<bool> Handle(ImportPaidRecords request, CancellationToken cancellationToken)
    {
        var file = (await db.PaidFiles.FirstOrDefaultAsync(f => f.Id == request.FileId, cancellationToken)).Found();
        if (file.CancelRequested || !file.IsRunning)
        {
            return false;
        }

        var (_, _, profile) = await CurrentProfile.LoadAsync(db, policy, cancellationToken);
        var matcher = new PaidMatcher(file.Id, profile.Year, clock.Today, policy, await LookupsAsync(file, profile.Year, request.Rows, cancellationToken));
        await staging.InsertAsync(request.Rows.Select(matcher.Match).ToList(), cancellationToken);
        file.Status = PaidFileStatus.Matching;
        file.RowsDone += request.Rows.Count;
        file.RowsTotal = Math.Max(file.RowsDone, (int)Math.Round(file.RowsDone / Math.Clamp(request.FileFraction, 0.01, 1)));
        file.Version++;
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return true;
    }

    // The key lists go as one array-like parameter each (EF.Parameter): 2,000 separate parameters cost SQLite a
    // quadratic name lookup per query (ADR 0056).
    private async Task<PaidMatcher.Lookups> LookupsAsync(PaidFile file, int year, IReadOnlyList<TableRow> rows, CancellationToken ct)
    {
        var ids = rows.Select(r => ResidentIdNumber.TryParse(RosterValues.IdText(r.Get(PaidLayout.IdNumber)), clock.Today, out var id, out _) ? id.Value : null)
            .OfType<string>().Distinct().ToList();
        var vouchers = rows.Select(r => r.Get(PaidLayout.Voucher).Trim()).Where(v => v.Length > 0).Distinct().ToList();
        var residents = await db.Residents.AsNoTracking().Where(r => EF.Parameter(ids).Contains(r.IdNumber)).ToListAsync(ct);
        var residentIds = residents.Select(r => r.Id).ToList();
        var enrollments = await db.Enrollments.AsNoTracking()
            .Where(e => EF.Parameter(residentIds).Contains(e.ResidentId) && e.Year == year && e.Status != EnrollmentStatus.Ended).ToListAsync(ct);
        var certifications = await db.SubsidyCertifications.AsNoTracking().Live(year).Where(c => EF.Parameter(residentIds).Contains(c.ResidentId)).ToListAsync(ct);

        // Already recorded: a tax-file payment under the voucher, or an applied record of an earlier file (a duplicate's refund).
        var recorded = await db.Payments.AsNoTracking().Where(p => p.Channel == PaymentChannels.TaxFileCode && EF.Parameter(vouchers).Contains(p.Voucher))
            .Select(p => p.Voucher).ToListAsync(ct);
        var earlier = await db.PaidRecords.AsNoTracking()
            .Where(r => EF.Parameter(vouchers).Contains(r.Voucher) && (r.FileId == file.Id || r.RefundId != null || r.PaymentId != null))
            .Select(r => r.Voucher).ToListAsync(ct);
        var paidInFile = await db.PaidRecords.AsNoTracking()
            .Where(r => r.FileId == file.Id && r.Outcome == PaidOutcome.Recorded && r.EnrollmentId != null && EF.Parameter(residentIds).Contains(r.ResidentId!.Value))
            .Select(r => r.EnrollmentId!.Value).ToListAsync(ct);
        return new PaidMatcher.Lookups(
            residents.ToDictionary(r => r.IdNumber), enrollments.GroupBy(e => e.ResidentId).ToDictionary(g => g.Key, g => g.First()),
            certifications.ToLookup(c => c.ResidentId), recorded.Concat(earlier).ToHashSet(), paidInFile.ToHashSet());
    }
}

public sealed class FinishPaidImportHandler(IAppDbContext db) : IRequestHandler<FinishPaidImport, PaidFileStatus>
{
    public async Task<PaidFileStatus> Handle(FinishPaidImport request, CancellationToken cancellationToken)
    {
        var file = (await db.PaidFiles.FirstOrDefaultAsync(f => f.Id == request.FileId, cancellationToken)).Found();
        if (!file.IsRunning)
        {
            return file.Status;
        }

        if (request.Failure is not null || file.CancelRequested)
        {
            await db.PaidRecords.Where(r => r.FileId == file.Id).ExecuteDeleteAsync(cancellationToken);
            file.RowsDone = 0;
            file.Failure = request.Failure is null ? null : RosterValues.Fit(request.Failure, 500);
        }

        file.Status = request.Failure is not null ? PaidFileStatus.Failed : file.CancelRequested ? PaidFileStatus.Cancelled : PaidFileStatus.Ready;
        file.RowsTotal = file.RowsDone;
        file.Version++;
        await db.PaidFileContents.Where(c => c.FileId == file.Id).ExecuteDeleteAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return file.Status;
    }
}

/// <summary>The matching of one staged paid file, run by the job engine and the CLI (the shared reading loop).</summary>
public sealed class PaidFileImport(IMediator mediator, ITableFileReader reader) : IStagedImportRunner
{
    public StagedImport Kind => StagedImport.PaidFile;

    async Task<string?> IStagedImportRunner.RunAsync(Guid id, CancellationToken cancellationToken) =>
        (await RunAsync(id, cancellationToken).ConfigureAwait(false)).ToString();

    public async Task<PaidFileStatus> RunAsync(Guid fileId, CancellationToken cancellationToken)
    {
        var start = await mediator.Send(new StartPaidImport(fileId), cancellationToken).ConfigureAwait(false);
        var failure = start is null ? null : await StagedFileReading.RunAsync(reader, PaidLayout.Columns, start.FileName, start.Content, start.ResumeAfterRow,
            (rows, fraction) => mediator.Send(new ImportPaidRecords(fileId, rows, fraction), cancellationToken), cancellationToken).ConfigureAwait(false);
        return await mediator.Send(new FinishPaidImport(fileId, failure), cancellationToken).ConfigureAwait(false);
    }
}
