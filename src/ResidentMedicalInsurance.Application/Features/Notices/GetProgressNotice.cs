using ResidentMedicalInsurance.Application.Policy;

namespace ResidentMedicalInsurance.Application.Features.Notices;

/// <summary>One progress notice as issued (its lines from the stored JSON, not recounted): the view, the print page, the PDF.</summary>
[AuthorizeRoles(Roles.Oversight)]
public sealed record GetProgressNotice(Guid NoticeId) : IQuery<ProgressNoticeView>;

public sealed record ProgressNoticeView(
    Guid Id, string TenantName, int Year, DateOnly AsOf, string AsOfText, string Title, NoticeLines Lines,
    DateTimeOffset IssuedAt, string IssuedAtText, string IssuedBy);

public sealed class GetProgressNoticeHandler(IAppDbContext db, IPolicyGateway policy, IUserNames names)
    : IRequestHandler<GetProgressNotice, ProgressNoticeView>
{
    public Task<ProgressNoticeView> Handle(GetProgressNotice request, CancellationToken cancellationToken) =>
        StoredNotices.LoadAsync(db, policy, names, request.NoticeId, cancellationToken);
}

/// <summary>Reads one stored notice of the signed-in tenant (the view and the xlsx export).</summary>
public static class StoredNotices
{
    public static async Task<ProgressNoticeView> LoadAsync(IAppDbContext db, IPolicyGateway policy, IUserNames names, Guid noticeId, CancellationToken cancellationToken)
    {
        // Through the tenant filter: another county's id is simply not found.
        var notice = await db.ProgressNotices.AsNoTracking().FirstOrDefaultAsync(n => n.Id == noticeId, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException(NoticeTexts.Get("Notice_NotFound"));
        var (_, tenantName, _) = await CurrentProfile.LoadAsync(db, policy, cancellationToken).ConfigureAwait(false);
        var who = await names.DisplayNamesAsync([notice.IssuedBy], cancellationToken).ConfigureAwait(false);
        return new ProgressNoticeView(notice.Id, tenantName, notice.Year, notice.AsOf, Display.Date(notice.AsOf), notice.Title,
            NoticeLines.Deserialize(notice.Lines), notice.IssuedAt, Display.Time(notice.IssuedAt), who.GetValueOrDefault(notice.IssuedBy, notice.IssuedBy));
    }
}
