using FluentValidation;

namespace ResidentMedicalInsurance.Application.Behaviours;

/// <summary>Runs every FluentValidation validator of the request; all messages are zh-CN.</summary>
public sealed class ValidationBehaviour<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var errors = new List<string>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(request, cancellationToken).ConfigureAwait(false);
            errors.AddRange(result.Errors.Select(e => e.ErrorMessage));
        }

        if (errors.Count > 0)
        {
            throw new InputValidationException(errors.Distinct().ToList());
        }

        return await next().ConfigureAwait(false);
    }
}
