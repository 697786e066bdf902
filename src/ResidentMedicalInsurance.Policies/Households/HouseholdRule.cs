namespace ResidentMedicalInsurance.Policies.Households;

/// <summary>One member of a household as the registration sees them.</summary>
/// <param name="Name">The member's name, used in the message.</param>
/// <param name="Eligible">Eligible under the profile (see <see cref="IPolicyProfile.Evaluate"/>).</param>
/// <param name="Deferring">May defer and chose to (市级行政事业单位职工子女可暂不参保).</param>
/// <param name="Registered">Part of this registration.</param>
public sealed record HouseholdMember(string Name, bool Eligible, bool Deferring, bool Registered);

/// <summary>A member the registration leaves out, with the message to show.</summary>
public sealed record MissingMember(string Name, string Message);

/// <summary>The outcome of a household check: complete, or the members that must be added.</summary>
public sealed record HouseholdCheck(bool Complete, IReadOnlyList<MissingMember> Missing, BasisItem Basis);

/// <summary>
/// 连政办发〔2007〕149号 第二条: a household enrols as a unit; every eligible member who does not defer must
/// be registered together. A registration that leaves one out is rejected with a message naming them.
/// </summary>
public static class HouseholdRule
{
    public static BasisItem Basis { get; } = new(
        "连政办发〔2007〕149号 第二条",
        "城镇居民以家庭为单位登记参保，家庭内应参保人员必须同时参保；市级行政事业单位职工子女可暂不参保。");

    /// <summary>Profiles whose notice carries the household rule.</summary>
    public static bool AppliesTo(IPolicyProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return profile.Id == "lianyungang-2008";
    }

    public static HouseholdCheck Check(IReadOnlyList<HouseholdMember> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var missing = new List<MissingMember>();
        foreach (var member in members)
        {
            if (member.Eligible && !member.Deferring && !member.Registered)
            {
                missing.Add(new MissingMember(member.Name,
                    $"家庭成员{member.Name}属于应参保人员，未随本户同时登记参保。按连政办发〔2007〕149号第二条，家庭内应参保人员必须同时参保，请将{member.Name}一并登记；如{member.Name}为市级行政事业单位职工子女，可标记为暂不参保。"));
            }
        }

        return new HouseholdCheck(missing.Count == 0, missing, Basis);
    }
}
