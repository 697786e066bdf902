using FluentValidation;
using ResidentMedicalInsurance.Domain.Households;

namespace ResidentMedicalInsurance.Application.Features.Households;

/// <summary>
/// 信息变更: corrects a resident's details. The ID number is not changed here (it identifies the
/// record); a wrong number is corrected by county staff through a new registration (or, while nothing
/// was paid, by 撤销登记 and registering again). An empty ID number in <see cref="Details"/> means unchanged
/// (the form shows only the masked number); any other number must be the stored one.
/// </summary>
[AuthorizeRoles(Roles.Counter)]
public sealed record UpdateResident(Guid ResidentId, ResidentInput Details) : ICommand<Guid>;

public sealed class UpdateResidentValidator : AbstractValidator<UpdateResident>
{
    public UpdateResidentValidator(IClock clock)
    {
        RuleFor(x => x.ResidentId).NotEmpty().WithMessage(_ => Messages.Get("Common_ResidentMissing"));
        RuleFor(x => x.Details).NotNull().SetValidator(new ResidentInputValidator(clock, idNumberKept: true));
    }
}

public sealed class UpdateResidentHandler(IAppDbContext db, ICurrentUser user, IClock clock) : IRequestHandler<UpdateResident, Guid>
{
    public static string IdNumberFixed => Messages.Get("UpdateResident_IdNumberFixed");

    public async Task<Guid> Handle(UpdateResident request, CancellationToken cancellationToken)
    {
        var resident = (await db.Residents.InScope(user)
            .FirstOrDefaultAsync(r => r.Id == request.ResidentId, cancellationToken)).Found();
        var input = request.Details;
        if (input.IdNumber.Length > 0 && ResidentIdMessages.Parse(input.IdNumber, clock.Today).Value != resident.IdNumber)
        {
            throw new InputValidationException([IdNumberFixed],
                [new FieldError($"{nameof(UpdateResident.Details)}.{nameof(ResidentInput.IdNumber)}", IdNumberFixed)]);
        }

        resident.Correct(new ResidentDetails(input.Name, input.Relationship, input.OtherDocument, input.OtherDocumentNumber,
            input.Hukou, input.Student, input.EmployeeInsurance, input.Phone, input.Facts));
        await db.SaveChangesAsync(cancellationToken);
        return resident.Id;
    }
}
