using ResidentMedicalInsurance.Application.Features.Payments;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Domain.Refunds;
using ResidentMedicalInsurance.Domain.Tenancy;

namespace ResidentMedicalInsurance.Application.Features.Households;

/// <summary>Everything the clerk forms offer: townships in scope, the current profile, channels and labels.</summary>
[AuthorizeRoles(Roles.Counter)]
public sealed record GetClerkOptions : IQuery<ClerkOptions>;

public sealed record ClerkOptions(
    string TenantName,
    PolicyProfileView Profile,
    IReadOnlyList<CodeLabel> Townships,
    IReadOnlyList<PaymentChannel> PaymentChannels,
    IReadOnlyList<CodeLabel> Relationships,
    IReadOnlyList<CodeLabel> HukouKinds,
    IReadOnlyList<CodeLabel> StudentStatuses,
    IReadOnlyList<CodeLabel> OtherDocuments,
    IReadOnlyList<CodeLabel> RefundReasons)
{
    /// <summary>The tenant's region code prefixes (<see cref="TenantRegions"/>), for <see cref="Plausibility.HukouNote"/>.</summary>
    public IReadOnlyList<string> RegionCodes { get; init; } = [];

    /// <summary>The channels of one voucher for several members of a household (<see cref="PaymentChannels.ForHousehold"/>).</summary>
    public IReadOnlyList<PaymentChannel> HouseholdChannels { get; init; } = [];

    /// <summary>The channels of a township batch (<see cref="PaymentChannels.ForTownshipBatch"/>).</summary>
    public IReadOnlyList<PaymentChannel> BatchChannels { get; init; } = [];
}

public sealed class GetClerkOptionsHandler(IAppDbContext db, ICurrentUser user, IPolicyGateway policy)
    : IRequestHandler<GetClerkOptions, ClerkOptions>
{
    public async Task<ClerkOptions> Handle(GetClerkOptions request, CancellationToken cancellationToken)
    {
        var (code, name, profile) = await CurrentProfile.LoadAsync(db, policy, cancellationToken);
        var townships = await db.VisibleTownshipsAsync(user, cancellationToken);
        return new ClerkOptions(
            name,
            profile,
            townships.Select(t => new CodeLabel(t.Id.ToString(), t.Name)).ToList(),
            PaymentChannels.For(code),
            Enum.GetValues<Relationship>().Select(v => new CodeLabel(v.ToString(), Labels.Of(v))).ToList(),
            Enum.GetValues<HukouKind>().Select(v => new CodeLabel(v.ToString(), Labels.Of(v))).ToList(),
            Enum.GetValues<StudentStatus>().Select(v => new CodeLabel(v.ToString(), Labels.Of(v))).ToList(),
            Enum.GetValues<OtherDocumentKind>().Select(v => new CodeLabel(v.ToString(), Labels.Of(v))).ToList(),
            Enum.GetValues<RefundReason>().Select(v => new CodeLabel(v.ToString(), Labels.Of(v))).ToList())
        {
            RegionCodes = TenantRegions.Of(code),
            HouseholdChannels = PaymentChannels.ForHousehold(code),
            BatchChannels = PaymentChannels.ForTownshipBatch(code),
        };
    }
}
