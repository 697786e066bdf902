using ResidentMedicalInsurance.Application.Policy;

namespace ResidentMedicalInsurance.Application.Features.Payments;

/// <summary>批量代缴清单 to print: a township batch's (or a household voucher's) persons, amounts and total; ID numbers masked.</summary>
[AuthorizeRoles(Roles.ResidentReaders)]
public sealed record GetBatchList(Guid BatchId) : IQuery<BatchList>;

public sealed class GetBatchListHandler(IAppDbContext db, ICurrentUser user, IPolicyGateway policy, IUserNames names)
    : IRequestHandler<GetBatchList, BatchList>
{
    public Task<BatchList> Handle(GetBatchList request, CancellationToken cancellationToken) =>
        new BatchListReader(db, user, policy, names).ReadAsync(request.BatchId, cancellationToken);
}
