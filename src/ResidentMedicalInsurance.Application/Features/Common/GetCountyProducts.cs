using ResidentMedicalInsurance.Application.Policy;

namespace ResidentMedicalInsurance.Application.Features.Common;

/// <summary>
/// What the tenant's current profile offers beside the basic fee: 意外伤害补充保险 (尤政办〔2019〕45号 三(三)) and
/// 个人账户 (连政办发〔2007〕149号 第七条). The menu offers their pages only where the county has them.
/// </summary>
[AuthorizeRoles(Roles.Counter)]
public sealed record GetCountyProducts : IQuery<CountyProducts>;

public sealed record CountyProducts(bool AccidentInsurance, bool PersonalAccounts);

public sealed class GetCountyProductsHandler(IAppDbContext db, IPolicyGateway policy) : IRequestHandler<GetCountyProducts, CountyProducts>
{
    public async Task<CountyProducts> Handle(GetCountyProducts request, CancellationToken cancellationToken)
    {
        var (_, _, profile) = await CurrentProfile.LoadAsync(db, policy, cancellationToken).ConfigureAwait(false);
        return new CountyProducts(profile.AccidentInsurance is not null, profile.PersonalAccount is not null);
    }
}
