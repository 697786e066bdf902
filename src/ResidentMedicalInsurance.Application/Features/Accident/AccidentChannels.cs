namespace ResidentMedicalInsurance.Application.Features.Accident;

/// <summary>
/// How the accident insurance is paid (尤政办〔2019〕45号 六(三)): to the insurer, by the QR code it set up for each
/// village or in cash. Never the basic fee's channels (<see cref="Payments.PaymentChannels"/>), and the basic fee never these.
/// </summary>
public static class AccidentChannels
{
    public const string InsurerQrCode = "insurer-qr";
    public const string InsurerCash = "insurer-cash";

    public static IReadOnlyList<Payments.PaymentChannel> All { get; } =
    [
        new(InsurerQrCode, "保险公司收款码（中国人寿为各村设立的微信二维码）", "尤政办〔2019〕45号 六(三)"),
        new(InsurerCash, "现金缴费（保险公司代收）", "尤政办〔2019〕45号 六(三)"),
    ];

    public static Payments.PaymentChannel? Find(string code) => All.FirstOrDefault(c => c.Code == code);
}
