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
            if (TextRules.NameProblem(name, "姓名", Resident.NameMaxLength) is { } problem)
            {
                ctx.AddFailure(problem);
            }
        });
        RuleFor(x => x.IdNumber).Custom((value, ctx) =>
        {
            if (!ResidentIdNumber.TryParse(value, clock.Today, out _, out var error))
            {
                ctx.AddFailure(error);
            }
        }).When(x => !idNumberKept || !string.IsNullOrEmpty(x.IdNumber));
        RuleFor(x => x.Relationship).IsInEnum().WithMessage("请选择与户主关系。");
        RuleFor(x => x.OtherDocument).IsInEnum().WithMessage("请选择证件类型。");
        RuleFor(x => x.Hukou).IsInEnum().WithMessage("请选择户籍类型。");
        RuleFor(x => x.Student).IsInEnum().WithMessage("请选择学生身份。");
        RuleFor(x => x.OtherDocumentNumber)
            .NotEmpty().When(x => x.OtherDocument != OtherDocumentKind.None)
            .WithMessage("已选择其他证件，请填写证件号码。");
        RuleFor(x => x.OtherDocumentNumber)
            .MaximumLength(Resident.DocumentNumberMaxLength)
            .Matches("^[0-9A-Za-z()（）-]*$")
            .WithMessage($"证件号码只能包含字母、数字和括号，最多 {Resident.DocumentNumberMaxLength} 位。");
        RuleFor(x => x.Phone)
            .Matches(@"^\+?[0-9][0-9 -]{4,18}$").When(x => !string.IsNullOrWhiteSpace(x.Phone))
            .WithMessage("联系电话格式不正确，请填写手机号或带区号的固定电话。");
    }
}
