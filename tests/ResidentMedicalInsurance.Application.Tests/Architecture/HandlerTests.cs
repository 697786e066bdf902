using MediatR;
using ResidentMedicalInsurance.Application.Security;

namespace ResidentMedicalInsurance.Application.Tests.Architecture;

/// <summary>One command, one handler, one transaction: a handler shares logic, it does not send another request.</summary>
public sealed class HandlerTests
{
    [Fact]
    public void No_handler_takes_the_mediator()
    {
        var handlers = typeof(AuthorizeRolesAttribute).Assembly.GetTypes()
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequestHandler<,>)))
            .ToList();
        var sending = handlers
            .Where(h => h.GetConstructors().SelectMany(c => c.GetParameters())
                .Any(p => p.ParameterType == typeof(IMediator)))
            .Select(h => h.Name)
            .ToList();

        Assert.True(handlers.Count >= 20, $"only {handlers.Count} handlers found");
        Assert.True(sending.Count == 0, $"Handlers that send requests through the mediator: {string.Join(", ", sending)}");
    }
}
