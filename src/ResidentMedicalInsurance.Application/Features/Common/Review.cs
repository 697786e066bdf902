using FluentValidation;
using ResidentMedicalInsurance.Domain.Common;

namespace ResidentMedicalInsurance.Application.Features.Common;

/// <summary>Which requests of a county staff review (退费审核, 冲正审核) a list shows.</summary>
public enum ReviewList
{
    /// <summary>待审核, oldest request first.</summary>
    Pending,

    /// <summary>已审核 (approved and rejected), newest decision first.</summary>
    Decided,
    Approved,
    Rejected,

    /// <summary>Every request: the pending ones first (oldest first), then the decided ones (newest decision first).</summary>
    All,
}

/// <summary>A list request of a review queue: which list, the township, the resident's name or household number, one page.</summary>
public interface IReviewListRequest
{
    ReviewList List { get; }
    Guid? TownshipId { get; }
    string? Text { get; }
    int Skip { get; }
    int Take { get; }
}

/// <summary>The rules every review list request follows (the refund and the reversal queue).</summary>
public abstract class ReviewListValidator<T> : AbstractValidator<T>
    where T : IReviewListRequest
{
    protected ReviewListValidator()
    {
        RuleFor(x => x.List).IsInEnum().WithMessage(_ => Messages.Get("ListRefunds_ListMissing"));
        RuleFor(x => x.Text).MaximumLength(50).WithMessage(_ => Messages.Get("ListRefunds_TextTooLong"));
        RuleFor(x => x.Skip).PageSkip();
        RuleFor(x => x.Take).PageTake();
    }
}

/// <summary>
/// The filters, the order and the page of a review queue: pending requests first, oldest request first, then decided
/// ones, newest decision first. Ordered by time, never by the GUID key (SQL Server sorts uniqueidentifier differently);
/// SQLite cannot order DateTimeOffset, so the keys and times of the filtered requests are sorted here and only one
/// page of rows is read afterwards.
/// </summary>
internal static class ReviewQueue
{
    private sealed record Key(Guid Id, DateTimeOffset RequestedAt, DateTimeOffset? DecidedAt);

    /// <summary>The requests of the list's township and of the resident's name (in part) or household number (exactly).</summary>
    public static IQueryable<T> Matching<T>(IQueryable<T> requests, IAppDbContext db, IReviewListRequest list)
        where T : class, IReviewedRequest
    {
        if (list.TownshipId is { } township)
        {
            requests = requests.Where(r => r.TownshipId == township);
        }

        if (list.Text?.Trim() is { Length: > 0 } text)
        {
            requests = requests.Where(r => db.Residents.Any(x => x.Id == r.ResidentId && x.Name.Contains(text))
                || db.Households.Any(h => h.Id == r.HouseholdId && h.Number == text));
        }

        return requests;
    }

    /// <summary>The ids of one page in queue order, and how many requests the filtered list holds.</summary>
    public static async Task<(List<Guid> Page, int Total)> PageAsync<T>(IQueryable<T> requests, IReviewListRequest list, CancellationToken ct)
        where T : class, IReviewedRequest
    {
        var all = await requests.Select(r => new Key(r.Id, r.RequestedAt, r.DecidedAt)).ToListAsync(ct).ConfigureAwait(false);
        var page = all
            .OrderBy(k => k.DecidedAt is null ? 0 : 1)
            .ThenBy(k => k.DecidedAt is { } decided ? -decided.UtcTicks : k.RequestedAt.UtcTicks)
            .Skip(list.Skip).Take(list.Take).Select(k => k.Id).ToList();
        return (page, all.Count);
    }

    /// <summary>Rows of a page in the page's order.</summary>
    public static List<T> InPageOrder<T>(IEnumerable<T> rows, List<Guid> page, Func<T, Guid> id) =>
        rows.OrderBy(r => page.IndexOf(id(r))).ToList();
}
