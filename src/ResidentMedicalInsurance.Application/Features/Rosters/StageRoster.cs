using FluentValidation;
using ResidentMedicalInsurance.Application.Behaviours;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Rosters;

namespace ResidentMedicalInsurance.Application.Features.Rosters;

/// <summary>
/// 上传名单: stages a department's roster file and queues its import job. Nothing about any resident
/// changes until county staff approve rows of it.
/// </summary>
[AuthorizeRoles(Roles.Bureau)]
public sealed record StageRoster : ICommand<RosterStaged>
{
    public string Department { get; init => field = value?.Trim() ?? ""; } = "";
    public int Year { get; init; }
    public RosterKind Kind { get; init; } = RosterKind.Full;
    public string FileName { get; init => field = Path.GetFileName(value?.Trim() ?? ""); } = "";
    public byte[] Content { get; init; } = [];
}

public sealed record RosterStaged(Guid RosterId, string Message);

public sealed class StageRosterValidator : AbstractValidator<StageRoster>
{
    public StageRosterValidator()
    {
        RuleFor(x => x.Department).NotEmpty().WithMessage(_ => RosterTexts.Get("Stage_DepartmentMissing"))
            .MaximumLength(SubsidyRoster.DepartmentMaxLength).WithMessage(_ => RosterTexts.Format("Stage_DepartmentTooLong", SubsidyRoster.DepartmentMaxLength));
        RuleFor(x => x.Kind).IsInEnum().WithMessage(_ => RosterTexts.Get("Stage_KindMissing"));
        RuleFor(x => x.FileName).NotEmpty().WithMessage(_ => RosterTexts.Get("Stage_FileMissing"))
            .MaximumLength(SubsidyRoster.FileNameMaxLength).WithMessage(_ => RosterTexts.Get("Stage_FileNameTooLong"))
            .Must(n => n.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || n.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            .WithMessage(_ => RosterTexts.Get("Stage_FileType"));
        RuleFor(x => x.Content).Must(c => c.Length > 0).WithMessage(_ => RosterTexts.Get("Stage_FileEmpty"))
            .Must(c => c.Length <= RosterFile.MaxBytes).WithMessage(_ => RosterTexts.Format("Stage_FileTooLarge", RosterFile.MaxBytes / 1024 / 1024));
    }
}

public sealed class StageRosterHandler(IAppDbContext db, ICurrentUser user, IClock clock, IPolicyGateway policy, IImportJobs jobs, AfterCommit afterCommit)
    : IRequestHandler<StageRoster, RosterStaged>
{
    public async Task<RosterStaged> Handle(StageRoster request, CancellationToken cancellationToken)
    {
        var (_, _, profile) = await CurrentProfile.LoadAsync(db, policy, cancellationToken);
        if (request.Year != profile.Year)
        {
            throw new InputValidationException(
                [RosterTexts.Format("Stage_WrongYear", request.Year, profile.Year)],
                [new FieldError(nameof(StageRoster.Year), RosterTexts.Format("Stage_WrongYear", request.Year, profile.Year))]);
        }

        var roster = new SubsidyRoster
        {
            Id = Guid.CreateVersion7(),
            Department = request.Department,
            Year = request.Year,
            Kind = request.Kind,
            FileName = request.FileName,
            Status = RosterStatus.Queued,
            UploadedAt = clock.Now,
            UploadedBy = user.UserName ?? "",
        };
        db.SubsidyRosters.Add(roster);
        db.RosterFiles.Add(new RosterFile { RosterId = roster.Id, Content = request.Content });
        await db.SaveChangesAsync(cancellationToken);

        // The job must not look for a roster its transaction has not committed yet.
        afterCommit.Add(ct => jobs.EnqueueImportAsync(StagedImport.Roster, roster.Id, ct));
        return new RosterStaged(roster.Id, RosterTexts.Format("Stage_Queued", roster.FileName));
    }
}
