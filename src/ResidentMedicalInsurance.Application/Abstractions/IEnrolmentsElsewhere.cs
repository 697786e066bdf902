namespace ResidentMedicalInsurance.Application.Abstractions;

/// <summary>
/// 一人一保 (Shiquan 六(一)2, 六(四)): whether an ID number has a live enrolment of the year in another tenant of this
/// deployment. The one read across tenants, and it answers yes or no only: never which tenant, nor anything of the record.
/// </summary>
public interface IEnrolmentsElsewhere
{
    Task<bool> EnrolledElsewhereAsync(string idNumber, int year, CancellationToken cancellationToken);

    /// <summary>Of <paramref name="idNumbers"/>, the ones that have such an enrolment (renewal of a township asks for all at once).</summary>
    Task<IReadOnlySet<string>> EnrolledElsewhereAsync(IReadOnlyCollection<string> idNumbers, int year, CancellationToken cancellationToken);
}
