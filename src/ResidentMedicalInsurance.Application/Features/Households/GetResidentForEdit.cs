using ResidentMedicalInsurance.Domain.Households;

namespace ResidentMedicalInsurance.Application.Features.Households;

/// <summary>
/// 信息变更 form: the resident's details as the form edits them. The ID number stays masked (it is not
/// changed there, see <see cref="UpdateResident"/>), so opening the form reveals nothing.
/// </summary>
[AuthorizeRoles(Roles.Counter)]
public sealed record GetResidentForEdit(Guid ResidentId) : IQuery<ResidentForEdit>;

/// <summary><paramref name="Details"/> with an empty ID number (unchanged); <paramref name="IsHead"/>: no relationship to choose.</summary>
public sealed record ResidentForEdit(Guid ResidentId, string MaskedIdNumber, bool IsHead, ResidentInput Details);

public sealed class GetResidentForEditHandler(IAppDbContext db, ICurrentUser user) : IRequestHandler<GetResidentForEdit, ResidentForEdit>
{
    public async Task<ResidentForEdit> Handle(GetResidentForEdit request, CancellationToken cancellationToken)
    {
        var r = (await db.Residents.AsNoTracking().InScope(user)
            .FirstOrDefaultAsync(x => x.Id == request.ResidentId, cancellationToken)).Found();
        return new ResidentForEdit(r.Id, Display.MaskId(r.IdNumber), r.Relationship == Relationship.Head, new ResidentInput
        {
            Name = r.Name,
            Relationship = r.Relationship,
            OtherDocument = r.OtherDocument,
            OtherDocumentNumber = r.OtherDocumentNumber,
            Hukou = r.Hukou,
            Student = r.Student,
            EmployeeInsurance = r.EmployeeInsurance,
            Facts = r.Facts,
            Phone = r.Phone,
        });
    }
}
