using FluentValidation;
using ResidentMedicalInsurance.Application.Features.Progress;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Common;
using ResidentMedicalInsurance.Domain.Progress;

namespace ResidentMedicalInsurance.Application.Features.Notices;

/// <summary>
/// 发布参保缴费进度通报 (Youxi 八(一) "按月通报"): the whole county's township table as of the day, ranked by rate and
/// stored as issued, so that later payments do not change it (ADR 0064).
/// </summary>
[AuthorizeRoles(Roles.Supervisor)]
public sealed record IssueProgressNotice(DateOnly AsOf) : ICommand<NoticeIssued>;

public sealed record NoticeIssued(Guid NoticeId, string Title, string Message);

public sealed class IssueProgressNoticeValidator : AbstractValidator<IssueProgressNotice>
{
    public IssueProgressNoticeValidator(IClock clock)
    {
        RuleFor(x => x.AsOf).NotEqual(default(DateOnly)).WithMessage(_ => NoticeTexts.Get("Issue_DateMissing"));
        RuleFor(x => x.AsOf).Must(d => d <= clock.Today)
            .WithMessage(x => NoticeTexts.Format("Issue_DateInFuture", ChineseDate.Format(x.AsOf), ChineseDate.Format(clock.Today)));
    }
}

/// <summary>The day already has a notice: the message says so and names it; <see cref="NoticeId"/> leads to it.</summary>
public sealed class ProgressNoticeExistsException(string message, Guid noticeId) : AppException(message)
{
    public Guid NoticeId { get; } = noticeId;
}

/// <remarks>
/// The figures are the progress query's own handler's (taken from the container, not sent through the mediator: one command,
/// one pipeline). The command's roles are narrower than the query's, so its authorisation covers the query's.
/// </remarks>
public sealed class IssueProgressNoticeHandler(IAppDbContext db, IPolicyGateway policy, IClock clock, ICurrentUser user)
    : IRequestHandler<IssueProgressNotice, NoticeIssued>
{
    public async Task<NoticeIssued> Handle(IssueProgressNotice request, CancellationToken cancellationToken)
    {
        // A supervisor sees every township of the tenant, so the query counts the whole county.
        var report = await ProgressReports.BuildAsync(db, policy, user, request.AsOf, cancellationToken).ConfigureAwait(false);
        var asOf = ChineseDate.Format(request.AsOf);
        if (await db.ProgressNotices.AsNoTracking().Where(n => n.Year == report.Year && n.AsOf == request.AsOf)
                .Select(n => new { n.Id, n.Title, n.IssuedAt })
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false) is { } existing)
        {
            throw new ProgressNoticeExistsException(
                NoticeTexts.Format("Issue_Exists", asOf, existing.Title, Display.Time(existing.IssuedAt)), existing.Id);
        }

        var lines = NoticeLines.Rank(report).Serialize();
        if (lines.Length > ProgressNotice.LinesMaxLength)
        {
            throw new AppException(NoticeTexts.Format("Issue_TooManyTownships", report.Townships.Count));
        }

        var notice = new ProgressNotice
        {
            Id = Guid.CreateVersion7(),
            Year = report.Year,
            AsOf = request.AsOf,
            Title = NoticeTexts.Chinese("Title", report.Year, ChineseDate.Format(request.AsOf)),
            Lines = lines,
            IssuedAt = clock.Now,
            IssuedBy = user.UserName ?? "",
        };
        db.ProgressNotices.Add(notice);
        await SaveGuard.SaveAsync(db, NoticeTexts.Format("Issue_Concurrent", asOf), cancellationToken).ConfigureAwait(false);
        return new NoticeIssued(notice.Id, notice.Title, NoticeTexts.Format("Issue_Done", notice.Title, report.Townships.Count));
    }
}
