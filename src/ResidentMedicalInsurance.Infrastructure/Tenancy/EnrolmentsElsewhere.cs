using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Infrastructure.Persistence;

namespace ResidentMedicalInsurance.Infrastructure.Tenancy;

/// <summary>The 一人一保 check across the deployment's tenants (ADR 0067): a count on the ID-number index, nothing returned but yes or no.</summary>
public sealed class EnrolmentsElsewhere(AppDbContext db, ICurrentUser user) : IEnrolmentsElsewhere
{
    /// <summary>IDs per query: well inside every provider's parameter limit.</summary>
    private const int Chunk = 1000;

    public Task<bool> EnrolledElsewhereAsync(string idNumber, int year, CancellationToken cancellationToken) =>
        Elsewhere(r => r.IdNumber == idNumber, year).AnyAsync(cancellationToken);

    public async Task<IReadOnlySet<string>> EnrolledElsewhereAsync(IReadOnlyCollection<string> idNumbers, int year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(idNumbers);
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in idNumbers.Distinct(StringComparer.Ordinal).Chunk(Chunk))
        {
            found.UnionWith(await Elsewhere(r => chunk.Contains(r.IdNumber), year).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false));
        }

        return found;
    }

    /// <summary>The ID numbers, among the residents <paramref name="which"/> of other tenants, with a live enrolment of the year.</summary>
    private IQueryable<string> Elsewhere(System.Linq.Expressions.Expression<Func<Domain.Households.Resident, bool>> which, int year)
    {
        var tenant = user.TenantId ?? Guid.Empty;
        return db.Residents.IgnoreQueryFilters().Where(which).Where(r => r.TenantId != tenant)
            .Join(db.Enrollments.IgnoreQueryFilters().Where(e => e.Year == year && e.Status != EnrollmentStatus.Ended),
                r => r.Id, e => e.ResidentId, (r, e) => r.IdNumber);
    }
}
