using FluentValidation;
using ResidentMedicalInsurance.Application.Behaviours;
using ResidentMedicalInsurance.Domain.Tax;

namespace ResidentMedicalInsurance.Application.Features.Tax;

/// <summary>上传已缴费信息: stages the tax bureau's or bank's file and queues its matching job. Nothing is recorded before 入账.</summary>
[AuthorizeRoles(Roles.Bureau)]
public sealed record StagePaidFile : ICommand<PaidFileStaged>
{
    public string FileName { get; init => field = Path.GetFileName(value?.Trim() ?? ""); } = "";
    public byte[] Content { get; init; } = [];
}

public sealed record PaidFileStaged(Guid FileId, string Message);

public sealed class StagePaidFileValidator : AbstractValidator<StagePaidFile>
{
    public StagePaidFileValidator()
    {
        RuleFor(x => x.FileName).NotEmpty().WithMessage(_ => TaxTexts.Get("Stage_FileMissing"))
            .MaximumLength(PaidFile.FileNameMaxLength).WithMessage(_ => TaxTexts.Get("Stage_FileNameTooLong"))
            .Must(n => n.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || n.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            .WithMessage(_ => TaxTexts.Get("Stage_FileType"));
        RuleFor(x => x.Content).Must(c => c.Length > 0).WithMessage(_ => TaxTexts.Get("Stage_FileEmpty"))
            .Must(c => c.Length <= PaidFile.MaxBytes).WithMessage(_ => TaxTexts.Format("Stage_FileTooLarge", PaidFile.MaxBytes / 1024 / 1024));
    }
}

public sealed class StagePaidFileHandler(IAppDbContext db, ICurrentUser user, IClock clock, IImportJobs jobs, AfterCommit afterCommit)
    : IRequestHandler<StagePaidFile, PaidFileStaged>
{
    public async Task<PaidFileStaged> Handle(StagePaidFile request, CancellationToken cancellationToken)
    {
        var file = new PaidFile
        {
            Id = Guid.CreateVersion7(),
            FileName = request.FileName,
            Status = PaidFileStatus.Queued,
            UploadedAt = clock.Now,
            UploadedBy = user.UserName ?? "",
        };
        db.PaidFiles.Add(file);
        db.PaidFileContents.Add(new PaidFileContent { FileId = file.Id, Content = request.Content });
        await db.SaveChangesAsync(cancellationToken);
        afterCommit.Add(ct => jobs.EnqueueImportAsync(StagedImport.PaidFile, file.Id, ct));
        return new PaidFileStaged(file.Id, TaxTexts.Format("Stage_Queued", file.FileName));
    }
}
