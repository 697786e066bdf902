using FluentValidation;
using ResidentMedicalInsurance.Application.Auditing;
using ResidentMedicalInsurance.Application.Features.Auditing;
using ResidentMedicalInsurance.Domain.Auditing;

namespace ResidentMedicalInsurance.Application.Features.Households;

/// <summary>
/// 显示完整身份证号: a separate, audited action. The user says why (<paramref name="Purpose"/>, with
/// <paramref name="Note"/> required for 其他); the audit entry (operation Revealed) keeps who, when and why.
/// </summary>
[AuthorizeRoles(Roles.ResidentReaders)]
public sealed record RevealIdNumber(Guid ResidentId, RevealPurpose Purpose, string? Note = null) : ICommand<RevealedIdNumber>;

/// <summary>The full number and, now that it is shown, the full birth date.</summary>
public sealed record RevealedIdNumber(Guid ResidentId, string IdNumber, string BirthDateText);

public sealed class RevealIdNumberValidator : AbstractValidator<RevealIdNumber>
{
    public RevealIdNumberValidator()
    {
        RuleFor(x => x.Purpose).IsInEnum().WithMessage(_ => Messages.Get("RevealIdNumber_PurposeMissing"));
        RuleFor(x => x.Note).NotEmpty().When(x => x.Purpose == RevealPurpose.Other).WithMessage(_ => Messages.Get("RevealIdNumber_NoteMissing"));
        RuleFor(x => x.Note).Custom((note, ctx) =>
        {
            if (TextRules.TextProblem(note, Messages.Get("RevealIdNumber_NoteField"), RevealReason.NoteMaxLength, required: false) is { } problem)
            {
                ctx.AddFailure(problem);
            }
        });
    }
}

public sealed class RevealIdNumberHandler(IAppDbContext db, ICurrentUser user, IClock clock)
    : IRequestHandler<RevealIdNumber, RevealedIdNumber>
{
    public async Task<RevealedIdNumber> Handle(RevealIdNumber request, CancellationToken cancellationToken)
    {
        var resident = (await db.Residents.AsNoTracking().InScope(user)
            .Where(r => r.Id == request.ResidentId)
            .Select(r => new { r.Id, r.HouseholdId, r.IdNumber, r.BirthDate })
            .FirstOrDefaultAsync(cancellationToken)).Found();
        AuditNote.Add(db, user, clock, nameof(RevealIdNumber), "Resident", resident.Id, AuditOperation.Revealed,
            householdId: resident.HouseholdId, after: RevealReason.Serialize(request.Purpose, request.Note));
        await db.SaveChangesAsync(cancellationToken);
        return new RevealedIdNumber(resident.Id, resident.IdNumber, Display.Date(resident.BirthDate));
    }
}
