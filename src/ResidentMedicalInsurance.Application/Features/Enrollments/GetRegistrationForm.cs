using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Enrollments;

namespace ResidentMedicalInsurance.Application.Features.Enrollments;

/// <summary>
/// 参保登记表: everything the printable registration form shows, including the basis, from what was stored at
/// enrolment (prints for years whose policy profile is not installed, see <see cref="PrintedPolicy"/>). It is the
/// resident's own form, so it carries the full birth date next to the masked number (ADR 0042).
/// </summary>
[AuthorizeRoles(Roles.ResidentReaders)]
public sealed record GetRegistrationForm(Guid EnrollmentId) : IQuery<RegistrationForm>;

public sealed record RegistrationForm(
    Guid EnrollmentId, Guid HouseholdId, string TenantName, string ProfileTitle, int Year, EnrollmentStatus Status, string StatusText,
    string HouseholdNumber, string TownshipName, string Village, string Address, string HeadName,
    string ResidentName, string MaskedIdNumber, string SexText, string BirthDateText, string RelationshipText,
    string HukouText, string StudentText, string EmployeeInsuranceText, string OtherDocumentText, string? Phone,
    IReadOnlyList<string> Circumstances, IReadOnlyList<string> Categories,
    string StandardFeeText, string SubsidyText, string AmountDueText, string BenefitPeriodText,
    string EnrolledAtText, bool Renewed, Guid? PaymentId, IReadOnlyList<string> Basis)
{
    /// <summary>The eligibility facts recorded for the resident (Labels.Of(ResidentFacts)); empty when none is.</summary>
    public IReadOnlyList<string> Facts { get; init; } = [];

    /// <summary>个人账户余额 (连政办发〔2007〕149号 第七条), once the resident has an account entry; null otherwise.</summary>
    public string? PersonalAccountBalanceText { get; init; }
}

public sealed class GetRegistrationFormHandler(IAppDbContext db, ICurrentUser user, IPolicyGateway policy)
    : IRequestHandler<GetRegistrationForm, RegistrationForm>
{
    public async Task<RegistrationForm> Handle(GetRegistrationForm request, CancellationToken cancellationToken) =>
        (await new RegistrationForms(db, policy).ReadAsync(db.Enrollments.InScope(user).Where(e => e.Id == request.EnrollmentId), cancellationToken))
        .SingleOrDefault().Found();
}
