using FluentValidation;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Domain.Residents;

namespace ResidentMedicalInsurance.Application.Features.Households;

/// <summary>A resident as typed on the registration form.</summary>
public sealed record ResidentInput
{
    public string Name { get; init; } = "";
    public string IdNumber { get; init; } = "";
    public Relationship Relationship { get; init; } = Relationship.Other;
    public OtherDocumentKind OtherDocument { get; init; }
    public string? OtherDocumentNumber { get; init; }
    public HukouKind Hukou { get; init; }
    public StudentStatus Student { get; init; }
    public bool EmployeeInsurance { get; init; }
    public string? Phone { get; init; }

    /// <summary>The eligibility facts the clerk knows (insured elsewhere, employed, years here, armed police, parent insured, permit validity).</summary>
    public ResidentFacts Facts { get; init; } = ResidentFacts.None;
}

/// <summary>Field rules shared by every command that takes a resident.</summary>
public sealed class ResidentInputValidator : AbstractValidator<ResidentInput>
{
    /// <param name="clock">today, for the ID number's birth date</param>
    /// <param name="idNumberKept">信息变更: an empty ID number means "unchanged" (the number is not changed there)</param>
    public ResidentInputValidator(IClock clock, bool idNumberKept = false)
    {
        RuleFor(x => x.Name).Custom((name, ctx) =>
        {
            if (TextRules.NameProblem(name, Messages.Get("ResidentInput_NameField"), Resident.NameMaxLength) is { } problem)
            {
                ctx.AddFailure(problem);
            }
        });
        RuleFor(x => x.IdNumber).Custom((value, ctx) =>
        {
            if (!ResidentIdNumber.TryParse(value, clock.Today, out _, out var error))
            {
                ctx.AddFailure(ResidentIdMessages.Of(error));
            }
        }).When(x => !idNumberKept || !string.IsNullOrEmpty(x.IdNumber));
        RuleFor(x => x.Relationship).IsInEnum().WithMessage(_ => Messages.Get("ResidentInput_RelationshipMissing"));
        RuleFor(x => x.OtherDocument).IsInEnum().WithMessage(_ => Messages.Get("ResidentInput_DocumentTypeMissing"));
        RuleFor(x => x.Hukou).IsInEnum().WithMessage(_ => Messages.Get("ResidentInput_HukouMissing"));
        RuleFor(x => x.Student).IsInEnum().WithMessage(_ => Messages.Get("ResidentInput_StudentMissing"));
        RuleFor(x => x.OtherDocumentNumber)
            .NotEmpty().When(x => x.OtherDocument != OtherDocumentKind.None)
            .WithMessage(_ => Messages.Get("ResidentInput_DocumentNumberMissing"));
        RuleFor(x => x.OtherDocumentNumber)
            .MaximumLength(Resident.DocumentNumberMaxLength)
            .Matches("^[0-9A-Za-z()（）-]*$")
            .WithMessage(_ => Messages.Format("ResidentInput_DocumentNumberInvalid", Resident.DocumentNumberMaxLength));
        RuleFor(x => x.Facts.ResidentYears)
            .InclusiveBetween(0, ResidentFacts.MaxResidentYears)
            .WithMessage(_ => Messages.Format("ResidentInput_ResidentYearsInvalid", ResidentFacts.MaxResidentYears))
            .OverridePropertyName("Facts.ResidentYears");
        RuleFor(x => x.Facts.PermitValidUntil)
            .Null().When(x => x.OtherDocument is not (OtherDocumentKind.ResidencePermit or OtherDocumentKind.HkMacaoTaiwanPermit))
            .WithMessage(_ => Messages.Get("ResidentInput_PermitValidityWithoutPermit"))
            .OverridePropertyName("Facts.PermitValidUntil");
        RuleFor(x => x.Phone)
            .Matches(@"^\+?[0-9][0-9 -]{4,18}$").When(x => !string.IsNullOrWhiteSpace(x.Phone))
            .WithMessage(_ => Messages.Get("ResidentInput_PhoneInvalid"));
    }
}
