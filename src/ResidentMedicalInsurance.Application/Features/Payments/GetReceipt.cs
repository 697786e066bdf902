using ResidentMedicalInsurance.Application.Policy;

namespace ResidentMedicalInsurance.Application.Features.Payments;

/// <summary>
/// 缴费凭证: everything the printable receipt shows, including the basis of the benefit period, from what was
/// stored at payment (prints for years whose policy profile is not installed, see <see cref="PrintedPolicy"/>).
/// A reversed payment's receipt is still shown, marked 已冲正 (<see cref="Receipt.ReversedText"/>).
/// </summary>
[AuthorizeRoles(Roles.ResidentReaders)]
public sealed record GetReceipt(Guid PaymentId) : IQuery<Receipt>;

/// <summary>
/// A receipt; <paramref name="RecordedBy"/> is the clerk's display name; <paramref name="ReversedText"/> says when and by whom
/// the payment was reversed (已冲正), null while it is in force.
/// </summary>
public sealed record Receipt(
    Guid PaymentId, Guid HouseholdId, string TenantName, string ProfileTitle, int Year,
    string ResidentName, string MaskedIdNumber, string SexText,
    string HouseholdNumber, string TownshipName, string Village, string Address,
    string ChannelName, string ChannelClause, string Voucher, string PaidAtText,
    string StandardFeeText, string SubsidyText, string AmountText, string BenefitPeriodText,
    string RecordedBy, string RecordedAtText, IReadOnlyList<string> Basis, string? ReversedText = null)
{
    /// <summary>The household's voucher or township batch the payment was recorded in, with its persons and total; null for a payment of its own.</summary>
    public ReceiptBatch? Batch { get; init; }
}

/// <summary>One voucher of several persons as a receipt names it: <paramref name="KindText"/> 一户多人一票缴费 or 乡镇批量代缴.</summary>
public sealed record ReceiptBatch(Guid BatchId, string KindText, string Voucher, int Persons, string AmountText);

public sealed class GetReceiptHandler(IAppDbContext db, ICurrentUser user, IPolicyGateway policy, IUserNames names)
    : IRequestHandler<GetReceipt, Receipt>
{
    public async Task<Receipt> Handle(GetReceipt request, CancellationToken cancellationToken) =>
        (await new Receipts(db, policy, names).ReadAsync(db.Payments.InScope(user).Where(p => p.Id == request.PaymentId), cancellationToken))
        .SingleOrDefault().Found();
}
