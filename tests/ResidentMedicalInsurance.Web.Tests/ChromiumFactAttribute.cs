using ResidentMedicalInsurance.Web.Infrastructure;

namespace ResidentMedicalInsurance.Web.Tests;

/// <summary>A fact that needs Chromium: skipped, with the reason, unless RMI_CHROMIUM names an executable (deploy/test.sh sets it).</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Path is null)
        {
            Skip = $"Chromium skipped: {NoticePdf.Variable} is not set to a Chromium executable (deploy/test.sh sets {NoticePdf.Variable}=/usr/bin/chromium).";
        }
    }

    /// <summary>The Chromium executable the variable names, or null.</summary>
    public static string? Path =>
        Environment.GetEnvironmentVariable(NoticePdf.Variable) is { Length: > 0 } path && File.Exists(path) ? path : null;
}
