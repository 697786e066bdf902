using System.Reflection;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Application.Behaviours;

namespace ResidentMedicalInsurance.Web.Tests;

/// <summary>
/// The handler boundary of the component tests: stands in for MediatR behind the real
/// <see cref="Infrastructure.UiMediator"/>. Records every request a component sends, runs the
/// application's real <see cref="ValidationBehaviour{TRequest,TResponse}"/> with the real validators
/// (so the zh-CN messages a clerk sees are the product's), then answers with a canned response.
/// </summary>
public sealed class FakeMediator
{
    private static readonly MethodInfo PipelineMethod =
        typeof(FakeMediator).GetMethod(nameof(Pipeline), BindingFlags.NonPublic | BindingFlags.Instance)!;

    private readonly Dictionary<Type, Func<object, Task<object?>>> responders = [];
    private readonly List<object> sent = [];

    /// <summary>Every request sent, in order, including those the validators refused.</summary>
    public IReadOnlyList<object> Sent => sent;

    /// <summary>The requests of one type that were sent.</summary>
    public IReadOnlyList<T> SentOf<T>() => sent.OfType<T>().ToList();

    /// <summary>The requests that passed validation and reached the (fake) handler.</summary>
    public List<object> Handled { get; } = [];

    public void Respond<TRequest, TResponse>(Func<TRequest, TResponse> respond) =>
        responders[typeof(TRequest)] = r => Task.FromResult<object?>(respond((TRequest)r));

    public void RespondAsync<TRequest, TResponse>(Func<TRequest, Task<TResponse>> respond) =>
        responders[typeof(TRequest)] = async r => await respond((TRequest)r).ConfigureAwait(false);

    /// <summary>The handler refuses the request (e.g. an <c>AppException</c> with its zh-CN text).</summary>
    public void Fail<TRequest>(Exception exception) =>
        responders[typeof(TRequest)] = _ => Task.FromException<object?>(exception);

    /// <summary>The <see cref="IMediator"/> of one DI scope (validators are scoped, like the portal's).</summary>
    public IMediator In(IServiceProvider scope) => new Scoped(this, scope);

    private Task<TResponse> Send<TResponse>(IRequest<TResponse> request, IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        sent.Add(request);
        return (Task<TResponse>)PipelineMethod.MakeGenericMethod(request.GetType(), typeof(TResponse))
            .Invoke(this, [request, services, cancellationToken])!;
    }

    private Task<TResponse> Pipeline<TRequest, TResponse>(TRequest request, IServiceProvider services, CancellationToken cancellationToken)
        where TRequest : IRequest<TResponse>
    {
        var validation = new ValidationBehaviour<TRequest, TResponse>(services.GetServices<IValidator<TRequest>>());
        return validation.Handle(request, cancellationToken, async () =>
        {
            Handled.Add(request!);
            if (!responders.TryGetValue(typeof(TRequest), out var respond))
            {
                throw new InvalidOperationException($"No canned response for {typeof(TRequest).Name}.");
            }

            return (TResponse)(await respond(request!).ConfigureAwait(false))!;
        });
    }

    private sealed class Scoped(FakeMediator fake, IServiceProvider services) : IMediator
    {
        public Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default) =>
            fake.Send(request, services, cancellationToken);

        public Task Send(IRequest request, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("The components under test send only requests with a response.");

        public Task Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default)
            where TNotification : INotification =>
            throw new NotSupportedException("The components under test publish nothing.");
    }
}
