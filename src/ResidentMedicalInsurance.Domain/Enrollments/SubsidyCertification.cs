namespace ResidentMedicalInsurance.Domain.Enrollments;

/// <summary>A subsidy category (资助身份) certified for a resident by the responsible department.</summary>
public sealed class SubsidyCertification : ITenantOwned, IHouseholdScoped
{
    public const int CodeMaxLength = 32;

    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid ResidentId { get; set; }
    public Guid HouseholdId { get; set; }

    /// <summary>Category code of the policy, e.g. <c>dibao</c>.</summary>
    public required string Code { get; set; }
    public DateOnly CertifiedOn { get; set; }
}
