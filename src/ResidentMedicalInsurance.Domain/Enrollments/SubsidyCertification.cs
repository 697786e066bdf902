namespace ResidentMedicalInsurance.Domain.Enrollments;

/// <summary>
/// A subsidy category (资助身份) certified for a resident by the responsible department for one insurance
/// year, effective from the moment county staff approved its roster row. Ended, never deleted, when a later
/// roster removes it; the quote reads only the live ones.
/// </summary>
public sealed class SubsidyCertification : ITenantOwned, IHouseholdScoped
{
    public const int CodeMaxLength = 32;
    public const int SourceMaxLength = 300;

    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid ResidentId { get; set; }
    public Guid HouseholdId { get; set; }

    /// <summary>Category code of the policy, e.g. <c>dibao</c>.</summary>
    public required string Code { get; set; }
    /// <summary>认定日期; null when the roster gave none (in time: policy-spec undated-certification).</summary>
    public DateOnly? CertifiedOn { get; set; }
    public int Year { get; set; }

    /// <summary>认定部门 as the roster named it.</summary>
    public string Department { get; set; } = "";

    /// <summary>The roster and row it came from, and the roster's label kept as it was (for the quote's basis).</summary>
    public Guid? RosterId { get; set; }
    public Guid? RosterRowId { get; set; }
    public string Source { get; set; } = "";
    public DateTimeOffset ApprovedAt { get; set; }
    public string ApprovedBy { get; set; } = "";

    /// <summary>When a later roster (or the department's full roster) ended it, and which.</summary>
    public DateTimeOffset? EndedAt { get; set; }
    public Guid? EndedByRosterId { get; set; }

    public bool IsLive => EndedAt is null;

    public void End(DateTimeOffset at, Guid rosterId)
    {
        if (EndedAt is null)
        {
            EndedAt = at;
            EndedByRosterId = rosterId;
        }
    }
}
