using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Households;

namespace ResidentMedicalInsurance.Application.Features.Enrollments;

/// <summary>Registration forms of the given enrolments, in the household's member order, from what was stored at enrolment.</summary>
internal sealed class RegistrationForms(IAppDbContext db, IPolicyGateway policy)
{
    public async Task<IReadOnlyList<RegistrationForm>> ReadAsync(IQueryable<Enrollment> enrollments, CancellationToken cancellationToken)
    {
        var rows = (await (
            from e in enrollments.AsNoTracking()
            join r in db.Residents on e.ResidentId equals r.Id
            join h in db.Households on e.HouseholdId equals h.Id
            join t in db.Townships on h.TownshipId equals t.Id
            select new { e, r, h, Township = t.Name })
            .ToListAsync(cancellationToken))
            .OrderBy(x => x.r.Relationship).ThenBy(x => x.r.BirthDate).ThenBy(x => x.e.EnrolledAt).ToList();
        if (rows.Count == 0)
        {
            return [];
        }

        var (_, tenantName, _) = await CurrentProfile.LoadAsync(db, policy, cancellationToken);
        var forms = new List<RegistrationForm>(rows.Count);
        foreach (var row in rows)
        {
            var head = await db.Residents.AsNoTracking().Where(x => x.Id == row.h.HeadResidentId).Select(x => x.Name).FirstOrDefaultAsync(cancellationToken);
            var certs = await EnrollmentContext.StoredCertifications(db, row.r.Id, row.e.Year, cancellationToken);
            var paymentId = await db.Payments.AsNoTracking().InForcePayments().Where(p => p.EnrollmentId == row.e.Id).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken);
            var account = await db.PersonalAccountEntries.AsNoTracking().Where(a => a.ResidentId == row.r.Id).Select(a => a.AmountFen).ToListAsync(cancellationToken);
            forms.Add(Form(row.e, row.r, row.h, row.Township, head, certs, paymentId, PrintedPolicy.For(policy, row.e.ProfileId, tenantName, row.e.Year), tenantName)
                with { PersonalAccountBalanceText = account.Count == 0 ? null : Display.Yuan(account.Sum()) });
        }

        return forms;
    }

    private static RegistrationForm Form(
        Enrollment e, Resident r, Household h, string township, string? head, IEnumerable<SubsidyCertification> certs, Guid? paymentId,
        PrintedPolicy printed, string tenantName)
    {
        var subsidy = e.SubsidyFen > 0 ? $"{Display.Yuan(e.SubsidyFen)}（{printed.Category(e.SubsidyCode)}）" : Display.Yuan(e.SubsidyFen);
        return new RegistrationForm(
            e.Id, h.Id, tenantName, printed.Title, e.Year, e.Status, Labels.Of(e.Status),
            h.Number, township, h.Village, h.Address, head ?? "—",
            r.Name, Display.MaskId(r.IdNumber), Labels.Of(r.Sex), Display.Date(r.BirthDate), Labels.Of(r.Relationship),
            Labels.Of(r.Hukou), Labels.Of(r.Student), Messages.Get(r.EmployeeInsurance ? "RegistrationForms_EmployeeInsured" : "RegistrationForms_NotEmployeeInsured"),
            r.OtherDocument == OtherDocumentKind.None ? Messages.Get("RegistrationForms_NoDocument") : $"{Labels.Of(r.OtherDocument)} {r.OtherDocumentNumber}",
            r.Phone, Labels.Of(e.Circumstances),
            certs.Select(c => Messages.Format("RegistrationForms_Certified", printed.Category(c.Code), Display.Date(c.CertifiedOn))).ToList(),
            Display.Yuan(e.StandardFeeFen), subsidy, Display.Yuan(e.AmountDueFen), Display.Period(e.BenefitStart, e.BenefitEnd),
            Display.Time(e.EnrolledAt), e.Renewed, paymentId, BasisText.Split(e.Basis)) { Facts = Labels.Of(r.Facts) };
    }
}
