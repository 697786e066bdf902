namespace ResidentMedicalInsurance.Application.Abstractions;

/// <summary>
/// An expected failure with a zh-CN message for the user (what is wrong and what to do).
/// The UI shows <see cref="Exception.Message"/>; anything else is logged and shown as a generic error.
/// </summary>
public class AppException(string message) : Exception(message);

/// <summary>The user may not do this (wrong role, another township or tenant).</summary>
public sealed class ForbiddenException(string message) : AppException(message);

/// <summary>The record does not exist for this user (also used for other tenants' ids: no existence leak).</summary>
public sealed class NotFoundException(string message) : AppException(message);

/// <summary>
/// Input failed validation; one message per problem. <see cref="Fields"/> keeps each message's property
/// (as FluentValidation names it, e.g. <c>Head.IdNumber</c>), so a form shows it beside that field.
/// </summary>
public sealed class InputValidationException(IReadOnlyList<string> errors, IReadOnlyList<FieldError>? fields = null)
    : AppException(string.Join("；", errors))
{
    public IReadOnlyList<string> Errors { get; } = errors;

    public IReadOnlyList<FieldError> Fields { get; } = fields ?? [];
}

/// <summary>One validation message and the property path it is about.</summary>
public sealed record FieldError(string Property, string Message);
