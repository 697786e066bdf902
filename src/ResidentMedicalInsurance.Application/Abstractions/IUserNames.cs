namespace ResidentMedicalInsurance.Application.Abstractions;

/// <summary>
/// Who a stored user name is, as people read it (the account's display name, e.g. 张丽（城关镇经办员）), for
/// printouts, the refund queue and the audit log. Only accounts of the signed-in user's tenant are looked up.
/// </summary>
public interface IUserNames
{
    /// <summary>
    /// Every given user name with its display name; a name without an account of the tenant (another tenant's,
    /// <c>system</c>, a deleted account) maps to itself.
    /// </summary>
    Task<IReadOnlyDictionary<string, string>> DisplayNamesAsync(IEnumerable<string?> userNames, CancellationToken cancellationToken);
}
