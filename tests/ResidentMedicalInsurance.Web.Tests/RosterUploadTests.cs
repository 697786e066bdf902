using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Application.Features.Households;
using ResidentMedicalInsurance.Application.Features.Rosters;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Web.Components.Rosters;

namespace ResidentMedicalInsurance.Web.Tests;

/// <summary>上传名单: the form stages the chosen file as the department's roster of the profile's year.</summary>
public sealed class RosterUploadTests : ComponentTest
{
    [Fact]
    public void An_upload_stages_the_file_and_leaves_a_fresh_file_input_for_the_next_one()
    {
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var policy = Services.GetRequiredService<IPolicyGateway>();
        Mediator.Respond<GetClerkOptions, ClerkOptions>(_ => Clerk.Options(policy, "youxi", "youxi-2020"));
        Mediator.Respond<StageRoster, RosterStaged>(r => new RosterStaged(Guid.NewGuid(), $"已上传 {r.FileName}"));
        var staged = new List<RosterStaged>();
        var cut = Render<RosterUpload>(p => p.Add(x => x.OnStaged, (RosterStaged s) => staged.Add(s)));

        var input = cut.FindComponent<InputFile>();
        var chosenIn = input.Instance;
        input.UploadFiles(InputFileContent.CreateFromBinary([1, 2, 3], "残联名单.xlsx"));
        cut.Find("#roster-department").Change("残疾人联合会");
        cut.Find("[data-testid=roster-upload]").Submit();

        cut.WaitForAssertion(() => Assert.Single(staged));
        var sent = Assert.Single(Mediator.SentOf<StageRoster>());
        Assert.Equal(("残疾人联合会", 2020, "残联名单.xlsx", 3), (sent.Department, sent.Year, sent.FileName, sent.Content.Length));
        Assert.NotSame(chosenIn, cut.FindComponent<InputFile>().Instance);
    }
}
