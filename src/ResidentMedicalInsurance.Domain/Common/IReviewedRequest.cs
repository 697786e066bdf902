using ResidentMedicalInsurance.Domain.Households;

namespace ResidentMedicalInsurance.Domain.Common;

/// <summary>
/// A clerk's request that county staff decide (退费申请, 冲正申请): about one resident of a household in a township,
/// pending until it is decided (<see cref="DecidedAt"/>).
/// </summary>
public interface IReviewedRequest : ITownshipScoped, IHouseholdScoped
{
    Guid Id { get; }
    Guid ResidentId { get; }
    DateTimeOffset RequestedAt { get; }
    DateTimeOffset? DecidedAt { get; }
}
