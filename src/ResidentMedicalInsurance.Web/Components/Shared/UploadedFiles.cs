using Microsoft.AspNetCore.Components.Forms;

namespace ResidentMedicalInsurance.Web.Components.Shared;

/// <summary>An upload of the staged imports (rosters, paid records), read whole for its staging command.</summary>
public static class UploadedFiles
{
    /// <summary>The file's bytes (none when no file was chosen: the command's validator says so); at most <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]> ReadAsync(IBrowserFile? file, long maxBytes)
    {
        if (file is null)
        {
            return [];
        }

        await using var stream = file.OpenReadStream(maxBytes);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        return buffer.ToArray();
    }
}
