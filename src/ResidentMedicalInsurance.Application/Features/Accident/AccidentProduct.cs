using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Enrollments;

namespace ResidentMedicalInsurance.Application.Features.Accident;

/// <summary>The tenant's current profile with its accident insurance, or the refusal where the profile offers none.</summary>
internal static class AccidentProduct
{
    public static async Task<(int Year, AccidentProductView Product)> OfferedAsync(IAppDbContext db, IPolicyGateway policy, CancellationToken ct)
    {
        var (_, _, profile) = await CurrentProfile.LoadAsync(db, policy, ct).ConfigureAwait(false);
        return profile.AccidentInsurance is { } product ? (profile.Year, product) : throw new AppException(AccidentTexts.Get("NotOffered"));
    }

    /// <summary>Whether the resident has an enrolment of the year that has not ended (the insurance is 基本医疗补充).</summary>
    public static Task<bool> EnrolledAsync(IAppDbContext db, Guid residentId, int year, CancellationToken ct) =>
        db.Enrollments.AnyAsync(e => e.ResidentId == residentId && e.Year == year && e.Status != EnrollmentStatus.Ended, ct);
}
