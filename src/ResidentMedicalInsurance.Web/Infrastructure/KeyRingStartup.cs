using ResidentMedicalInsurance.Infrastructure.DataProtection;

namespace ResidentMedicalInsurance.Web.Infrastructure;

/// <summary>Says at start-up, outside Development, that the key ring is stored unencrypted and where to read how to fix it.</summary>
internal static partial class KeyRingStartup
{
    public static void WarnWhenKeysUnencrypted(this WebApplication app)
    {
        if (app.Environment.IsProduction() && !KeyRing.IsEncryptedAtRest(app.Configuration))
        {
            LogUnencrypted(app.Logger, KeyRing.CertificatePathKey);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "数据保护密钥以未加密形式保存在数据库中：请配置 {Setting}（及 DataProtection:CertificatePassword）指向 PFX 证书，见 docs/operations.md 的“密钥环”一节。" +
                  " Data-protection keys are stored unencrypted: set DataProtection:CertificatePath to a PFX certificate (docs/operations.md, key ring).")]
    private static partial void LogUnencrypted(ILogger logger, string setting);
}
