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
    Guid EnrollmentId, string TenantName, string ProfileTitle, int Year, EnrollmentStatus Status, string StatusText,
    string HouseholdNumber, string TownshipName, string Village, string Address, string HeadName,
    string ResidentName, string MaskedIdNumber, string SexText, string BirthDateText, string RelationshipText,
    string HukouText, string StudentText, string EmployeeInsuranceText, string OtherDocumentText, string? Phone,
    IReadOnlyList<string> Circumstances, IReadOnlyList<string> Categories,
    string StandardFeeText, string SubsidyText, string AmountDueText, string BenefitPeriodText,
    string EnrolledAtText, bool Renewed, Guid? PaymentId, IReadOnlyList<string> Basis);

public sealed class GetRegistrationFormHandler(IAppDbContext db, ICurrentUser user, IPolicyGateway policy)
    : IRequestHandler<GetRegistrationForm, RegistrationForm>
{
    public async Task<RegistrationForm> Handle(GetRegistrationForm request, CancellationToken cancellationToken)
    {
        var e = (await db.Enrollments.AsNoTracking().InScope(user)
            .FirstOrDefaultAsync(x => x.Id == request.EnrollmentId, cancellationToken)).Found();
        var r = await db.Residents.AsNoTracking().FirstAsync(x => x.Id == e.ResidentId, cancellationToken);
        var h = await db.Households.AsNoTracking().FirstAsync(x => x.Id == e.HouseholdId, cancellationToken);
        var township = await db.Townships.AsNoTracking().Where(t => t.Id == h.TownshipId).Select(t => t.Name).FirstAsync(cancellationToken);
        var head = await db.Residents.AsNoTracking().Where(x => x.Id == h.HeadResidentId).Select(x => x.Name).FirstOrDefaultAsync(cancellationToken);
        var certs = await EnrollmentContext.StoredCertifications(db, r.Id, cancellationToken);
        var paymentId = await db.Payments.AsNoTracking().Where(p => p.EnrollmentId == e.Id).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken);
        var (_, tenantName, _) = await CurrentProfile.LoadAsync(db, policy, cancellationToken);
        var printed = PrintedPolicy.For(policy, e.ProfileId, tenantName, e.Year);
        var subsidy = e.SubsidyFen > 0 ? $"{Display.Yuan(e.SubsidyFen)}（{printed.Category(e.SubsidyCode)}）" : Display.Yuan(e.SubsidyFen);

        return new RegistrationForm(
            e.Id, tenantName, printed.Title, e.Year, e.Status, Labels.Of(e.Status),
            h.Number, township, h.Village, h.Address, head ?? "—",
            r.Name, Display.MaskId(r.IdNumber), Labels.Of(r.Sex), Display.Date(r.BirthDate), Labels.Of(r.Relationship),
            Labels.Of(r.Hukou), Labels.Of(r.Student), r.EmployeeInsurance ? "已参加职工医保" : "未参加职工医保",
            r.OtherDocument == Domain.Households.OtherDocumentKind.None ? "无" : $"{Labels.Of(r.OtherDocument)} {r.OtherDocumentNumber}",
            r.Phone, Labels.Of(e.Circumstances),
            certs.Select(c => $"{printed.Category(c.Code)}（{Display.Date(c.CertifiedOn)}认定）").ToList(),
            Display.Yuan(e.StandardFeeFen), subsidy, Display.Yuan(e.AmountDueFen), Display.Period(e.BenefitStart, e.BenefitEnd),
            Display.Time(e.EnrolledAt), e.Renewed, paymentId, BasisText.Split(e.Basis));
    }
}
