using ResidentMedicalInsurance.Domain.Common;

namespace ResidentMedicalInsurance.Domain.Tenancy;

/// <summary>A county medical insurance office (医保局): one pooling region, one tenant.</summary>
public sealed class Tenant
{
    public Guid Id { get; set; }

    /// <summary>Stable short code, e.g. <c>youxi</c>; used in user names and profile ids.</summary>
    public required string Code { get; set; }

    /// <summary>Display name, e.g. 尤溪县.</summary>
    public required string Name { get; set; }

    /// <summary>The policy profile of the current insurance year, e.g. <c>youxi-2020</c>.</summary>
    public required string CurrentProfileId { get; set; }

    /// <summary>The profile of the year before, held beside the current one once a new year is started (renewal reads its payers).</summary>
    public string? PreviousProfileId { get; set; }

    /// <summary>
    /// 开启新年度: <paramref name="profileId"/> of a later <paramref name="year"/> becomes current and the current one previous.
    /// </summary>
    public void StartYear(string profileId, int year, int currentYear)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(profileId);
        if (year <= currentYear)
        {
            throw new DomainException($"只能开启晚于当前年度（{currentYear}年度）的政策年度。");
        }

        PreviousProfileId = CurrentProfileId;
        CurrentProfileId = profileId;
    }

    public List<Township> Townships { get; } = [];
}
