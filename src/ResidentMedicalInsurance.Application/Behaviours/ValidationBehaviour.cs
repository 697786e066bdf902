using FluentValidation;

namespace ResidentMedicalInsurance.Application.Behaviours;

/// <summary>Runs every FluentValidation validator of the request; all messages are zh-CN and keep their property.</summary>
public sealed class ValidationBehaviour<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var failures = new List<FieldError>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(request, cancellationToken).ConfigureAwait(false);
            failures.AddRange(result.Errors.Select(e => new FieldError(e.PropertyName, e.ErrorMessage)));
        }

        if (failures.Count > 0)
        {
            throw new InputValidationException(failures.Select(f => f.Message).Distinct().ToList(), failures);
        }

        return await next().ConfigureAwait(false);
    }
}
