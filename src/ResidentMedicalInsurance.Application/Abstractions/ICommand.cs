namespace ResidentMedicalInsurance.Application.Abstractions;

/// <summary>A request that changes data: runs in one database transaction and is audited.</summary>
public interface ICommand<out TResponse> : IRequest<TResponse>;

/// <summary>A request that only reads.</summary>
public interface IQuery<out TResponse> : IRequest<TResponse>;
