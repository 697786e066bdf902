using FluentValidation;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Progress;

namespace ResidentMedicalInsurance.Application.Features.Progress;

/// <summary>
/// 保存任务数: a supervisor's plans of one year for the townships in <see cref="Rows"/>, in one transaction and audited.
/// A row without persons removes the township's plan; the notice's plans cannot be changed (ADR 0062).
/// </summary>
[AuthorizeRoles(Roles.Supervisor)]
public sealed record SetTownshipPlans(int Year, IReadOnlyList<PlanInput> Rows) : ICommand<PlansSaved>;

/// <summary>One township's plan as typed; <see cref="Version"/> is the plan's version as read (none: not checked).</summary>
public sealed record PlanInput(Guid TownshipId, int? Persons, int? Version = null);

/// <summary>How many townships' plans changed, and the message saying so.</summary>
public sealed record PlansSaved(int Changed, string Message);

public sealed class SetTownshipPlansValidator : AbstractValidator<SetTownshipPlans>
{
    public SetTownshipPlansValidator()
    {
        RuleFor(x => x.Rows).NotEmpty().WithMessage(_ => PlanTexts.Get("Rows_Missing"))
            .Must(rows => rows.Select(r => r.TownshipId).Distinct().Count() == rows.Count).WithMessage(_ => PlanTexts.Get("Rows_Duplicate"));
        RuleForEach(x => x.Rows).ChildRules(row =>
            row.RuleFor(r => r.Persons).InclusiveBetween(0, PlanRules.MaxPersons)
                .WithMessage(_ => PlanTexts.Format("Persons_OutOfRange", PlanRules.MaxPersons)));
    }
}

public sealed class SetTownshipPlansHandler(IAppDbContext db, IPolicyGateway policy, ICurrentUser user, IClock clock) : IRequestHandler<SetTownshipPlans, PlansSaved>
{
    public async Task<PlansSaved> Handle(SetTownshipPlans request, CancellationToken cancellationToken)
    {
        await PlanRules.CheckYearAsync(db, policy, request.Year, cancellationToken).ConfigureAwait(false);
        var book = await PlanBook.LoadAsync(db, request.Year, cancellationToken).ConfigureAwait(false);
        if (request.Rows.Any(r => !book.Has(r.TownshipId)))
        {
            // Another tenant's township (or none): not found, as for any record id of another tenant.
            throw new NotFoundException(PlanTexts.Get("Township_NotFound"));
        }

        var refused = request.Rows.Select((r, i) => (Field: $"{nameof(SetTownshipPlans.Rows)}[{i}].{nameof(PlanInput.Persons)}", Reason: book.Refusal(r.TownshipId, r.Persons, r.Version)))
            .Where(r => r.Reason is not null).Select(r => new FieldError(r.Field, r.Reason!)).ToList();
        if (refused.Count > 0)
        {
            throw new InputValidationException(refused.Select(f => f.Message).ToList(), refused);
        }

        var changed = request.Rows.Count(r => book.Apply(r.TownshipId, r.Persons, PlanSource.Entered, user.UserName ?? "", clock.Now));
        await book.SaveAsync(cancellationToken).ConfigureAwait(false);
        return new PlansSaved(changed, changed == 0 ? PlanTexts.Format("Saved_Nothing", request.Year) : PlanTexts.Format("Saved", request.Year, changed));
    }
}
