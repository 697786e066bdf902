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
    string RecordedBy, string RecordedAtText, IReadOnlyList<string> Basis, string? ReversedText = null);

public sealed class GetReceiptHandler(IAppDbContext db, ICurrentUser user, IPolicyGateway policy, IUserNames names)
    : IRequestHandler<GetReceipt, Receipt>
{
    public async Task<Receipt> Handle(GetReceipt request, CancellationToken cancellationToken) =>
        (await new Receipts(db, policy, names).ReadAsync(db.Payments.InScope(user).Where(p => p.Id == request.PaymentId), cancellationToken))
        .SingleOrDefault().Found();
}
