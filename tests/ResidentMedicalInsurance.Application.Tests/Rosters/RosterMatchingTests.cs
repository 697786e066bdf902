using System.Text;
using ResidentMedicalInsurance.Application.Features.Households;
using ResidentMedicalInsurance.Application.Features.Rosters;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Domain.Residents;
using ResidentMedicalInsurance.Domain.Rosters;
using ResidentMedicalInsurance.Application.Tests.Support;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;

namespace ResidentMedicalInsurance.Application.Tests.Rosters;

/// <summary>比对 outcomes (policy-spec roster-outcomes), each from a real csv through the import steps.</summary>
public sealed class RosterMatchingTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Every_outcome_of_the_spec_comes_out_of_one_roster_with_a_reason(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var registered = People.IdNumber(new DateOnly(1960, 3, 3));
        var employee = People.IdNumber(new DateOnly(1985, 1, 1));
        var household = await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H001", "王芳", registered);
        await world.Send(world.ClerkA, new AddHouseholdMember(household.HouseholdId,
            People.Person("李职工", employee, Relationship.Spouse) with { EmployeeInsurance = true }));
        var other = People.IdNumber(new DateOnly(1966, 6, 6));
        await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H002", "刘强", other);
        var stranger = People.IdNumber(new DateOnly(1970, 7, 7));
        var badCheck = registered[..17] + (registered[17] == '0' ? '1' : '0');

        var review = await world.Import(RosterFiles.Csv(
        [
            $"王芳,{registered},残疾人,残联,2019-09-30,城关镇,城东村,,",
            $"赵六,{stranger},残疾人,残联,2019-09-01,城关镇,,,",
            $"钱七,{badCheck},残疾人,残联,2019-09-01,,,,",
            $"刘墙,{other},残疾人,残联,2019-09-01,,,,",
            $"王芳,{registered},残疾人,残联,2019-09-01,,,,",
            $"李职工,{employee},dunv,计生协会,2019-09-01,,,,",
            $"孙八,{People.IdNumber(new DateOnly(1990, 1, 1))},五保户,民政局,2019-09-01,,,,",
            $"周九,{People.IdNumber(new DateOnly(1991, 1, 1))},残疾人,残联,2019-09-01,外县镇,,,",
        ]));

        Assert.Equal(RosterStatus.Ready, review.Roster.Status);
        Assert.Equal(8, review.Roster.RowsTotal);
        Assert.Equal(1, review.Count(RosterOutcome.Matched));
        Assert.Equal(1, review.Count(RosterOutcome.NotRegistered));
        Assert.Equal(1, review.Count(RosterOutcome.InvalidId));
        Assert.Equal(1, review.Count(RosterOutcome.NameMismatch));
        Assert.Equal(1, review.Count(RosterOutcome.DuplicateInFile));
        Assert.Equal(1, review.Count(RosterOutcome.EmployeeInsurance));
        Assert.Equal(1, review.Count(RosterOutcome.UnknownCategory));
        Assert.Equal(1, review.Count(RosterOutcome.NotInScope));
        var rows = await world.Send(world.CountyStaff, new ListRosterRows(review.Roster.Id));
        Assert.All(rows.Items, r => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", r.Reason));
        Assert.Contains("刘强", rows.Items.Single(r => r.Outcome == RosterOutcome.NameMismatch).Reason);
        Assert.Contains("校验位", rows.Items.Single(r => r.Outcome == RosterOutcome.InvalidId).Reason);
        Assert.Contains("外县镇", rows.Items.Single(r => r.Outcome == RosterOutcome.NotInScope).Reason);
        Assert.Equal(6, rows.Items.Single(r => r.Outcome == RosterOutcome.DuplicateInFile).RowNumber);
        Assert.DoesNotContain(rows.Items, r => r.MaskedIdNumber == registered);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Youxi_county_funded_categories_certified_after_the_thirtieth_of_september_are_late_and_medical_assistance_has_no_cut_off(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var a = People.IdNumber(new DateOnly(1960, 1, 1));
        var b = People.IdNumber(new DateOnly(1961, 1, 1));
        var c = People.IdNumber(new DateOnly(1962, 1, 1));
        await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H1", "甲", a);
        await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H2", "乙", b);
        await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H3", "丙", c);

        var review = await world.Import(RosterFiles.Csv(
        [
            $"甲,{a},canji,残联,2019-09-30,,,,",
            $"乙,{b},canji,残联,2019-10-01,,,,",
            $"丙,{c},yiliao-jiuzhu-1,民政局,2019-11-20,,,,",
        ]));

        Assert.Equal(2, review.Count(RosterOutcome.Matched));
        var late = Assert.Single((await world.Send(world.CountyStaff, new ListRosterRows(review.Roster.Id, RosterOutcome.LateCertification))).Items);
        Assert.Equal("乙", late.Name);
        Assert.Contains("2019年9月30日", late.Reason);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Shiquan_certifications_after_the_thirty_first_of_august_count_for_the_next_year(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var inTime = People.IdNumber(new DateOnly(1950, 2, 2));
        var late = People.IdNumber(new DateOnly(1951, 2, 2));
        await world.RegisterHousehold(world.OtherTenantClerk, world.ShiquanChengguan, "S1", "冯一", inTime);
        await world.RegisterHousehold(world.OtherTenantClerk, world.ShiquanChengguan, "S2", "冯二", late);

        var review = await world.Import(RosterFiles.Csv(
        [
            $"冯一,{inTime},最低生活保障对象,民政局,2020-08-31,城关镇,,,",
            $"冯二,{late},dibao,民政局,2020-09-01,城关镇,,,",
        ]), year: 2021, staff: world.OtherTenantCounty);

        Assert.Equal(1, review.Count(RosterOutcome.Matched));
        var row = Assert.Single((await world.Send(world.OtherTenantCounty, new ListRosterRows(review.Roster.Id, RosterOutcome.LateCertification))).Items);
        Assert.Contains("下一年度", row.Reason);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Haimen_exempt_persons_registered_after_the_fifteenth_of_december_are_late(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        await world.UseProfile("haimen-2020", new DateTimeOffset(2019, 12, 18, 9, 0, 0, TimeSpan.FromHours(8)));
        var a = People.IdNumber(new DateOnly(1955, 5, 5));
        var b = People.IdNumber(new DateOnly(1956, 5, 5));
        await world.RegisterHousehold(world.ClerkA, world.Chengguan, "M1", "陈一", a);
        await world.RegisterHousehold(world.ClerkA, world.Chengguan, "M2", "陈二", b);

        var review = await world.Import(RosterFiles.Csv(
        [
            $"陈一,{a},wubao,民政局,2019-12-15,,,,",
            $"陈二,{b},wubao,民政局,2019-12-16,,,,",
        ]));

        Assert.Equal(1, review.Count(RosterOutcome.Matched));
        Assert.Equal(1, review.Count(RosterOutcome.LateCertification));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_gbk_csv_with_full_width_digits_spaces_a_lower_case_x_and_a_fifteen_digit_number_matches(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var withX = IdEndingInX();
        var legacy = "350426800202121"; // 15 digits: 1980-02-02, sequence 121 (male)
        var upgraded = ResidentIdNumber.Parse(legacy, world.Clock.Today).Value;
        await world.RegisterHousehold(world.ClerkA, world.Chengguan, "G1", "林一", withX);
        await world.RegisterHousehold(world.ClerkA, world.Chengguan, "G2", "林二", upgraded);
        var fullWidth = string.Concat(withX[..17].Select(ch => (char)(ch - '0' + '０'))) + "x";

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = Encoding.GetEncoding("GBK");
        var review = await world.Import(RosterFiles.Csv(
        [
            $"林 一 ,{fullWidth[..6]} {fullWidth[6..]} ,残疾人 ,残联,2019-09-01,城关镇 ,,,",
            $"林二,{legacy},canji,残联,,,,,",
            ",,,,,,,,",
        ], gbk));

        Assert.Equal(2, review.Count(RosterOutcome.Matched));
        Assert.Equal(2, review.Roster.RowsTotal);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_messy_department_workbook_matches_and_an_id_excel_stored_as_a_number_is_invalid_with_what_to_do(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var typed = People.IdNumber(new DateOnly(1960, 4, 4));
        var upgraded = ResidentIdNumber.Parse("350426650505123", world.Clock.Today).Value; // 15 digits: 1965-05-05
        var (asNumber, excelNumber) = StoredByExcel(world.Clock.Today);
        await world.RegisterHousehold(world.ClerkA, world.Chengguan, "X1", "吴一", typed);
        await world.RegisterHousehold(world.ClerkA, world.Chengguan, "X2", "吴二", upgraded);
        await world.RegisterHousehold(world.ClerkA, world.Chengguan, "X3", "吴三", asNumber);
        var fullWidth = string.Concat(typed.Select(ch => char.IsAsciiDigit(ch) ? (char)(ch - '0' + '０') : ch));
        var book = new TestWorkbook();
        book.Row(1, book.Text("A", "尤溪县2020年度残疾人参保资助名单")).Merge("A1:F1")
            .Row(2, book.Text("A", "填报单位：县残联（盖章）")).Merge("A2:F2")
            .Row(3, book.Text("A", "序号"), book.Text("B", "公民身份号码"), book.Text("C", "姓 名"), book.Text("D", "人员类别"), book.Text("E", "认定时间"), book.Text("F", "镇街"))
            .Row(4, TestWorkbook.Number("A", "1"), book.Text("B", fullWidth + "  "), book.Text("C", "吴一 "), book.Text("D", "残疾人"), TestWorkbook.Number("E", "43709", TestWorkbook.ShortDate), book.Text("F", "城关镇\u3000"))
            .Row(5, TestWorkbook.Number("A", "2"), TestWorkbook.Number("B", "350426650505123"), book.Text("C", "吴二"), book.Text("D", "canji"), TestWorkbook.Blank("E"), TestWorkbook.Blank("F"))
            .Row(6, TestWorkbook.Number("A", "3"), TestWorkbook.Number("B", excelNumber), book.Text("C", "吴三"), book.Text("D", "残疾人"))
            .Row(7);

        var review = await world.Import(book.ToBytes(), fileName: "残联名单.xlsx", department: "残联");

        Assert.Equal(RosterStatus.Ready, review.Roster.Status);
        Assert.Equal(3, review.Roster.RowsTotal);
        Assert.Equal(2, review.Count(RosterOutcome.Matched));
        var invalid = Assert.Single((await world.Send(world.CountyStaff, new ListRosterRows(review.Roster.Id, RosterOutcome.InvalidId))).Items);
        Assert.Equal(6, invalid.RowNumber);
        Assert.Contains("Excel", invalid.Reason);
        Assert.Contains("文本", invalid.Reason);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_file_that_cannot_be_read_fails_with_its_message_and_stores_no_row(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);

        var review = await world.Import(Encoding.UTF8.GetBytes("编号,名字\r\n1,张三\r\n"));

        Assert.Equal(RosterStatus.Failed, review.Roster.Status);
        Assert.Contains("身份证号", review.Roster.Failure);
        Assert.Equal(0, review.Outcomes.Sum(o => o.Count));
        Assert.Equal(0, await world.CountAll<RosterRow>());
        Assert.Equal(0, await world.CountAll<RosterFile>());
    }

    /// <summary>An ID and the number Excel keeps of it (15 significant digits), chosen so the digits left are not valid by chance.</summary>
    private static (string Id, string Excel) StoredByExcel(DateOnly today) => Enumerable.Range(100, 900)
        .Select(seq => $"35042619700505{seq}")
        .Select(first17 => first17 + ResidentIdNumber.ComputeCheckDigit(first17))
        .Select(id => (id, excel: double.Parse(id[..17] + "0", System.Globalization.CultureInfo.InvariantCulture).ToString("E14", System.Globalization.CultureInfo.InvariantCulture)))
        .First(x => !ResidentIdNumber.TryParse(decimal.Parse(x.excel, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture).ToString("0", System.Globalization.CultureInfo.InvariantCulture), today, out _, out _));

    private static string IdEndingInX() => Enumerable.Range(100, 900)
        .Select(seq => $"35042619800101{seq}")
        .Select(first17 => first17 + ResidentIdNumber.ComputeCheckDigit(first17))
        .First(id => id.EndsWith('X'));
}
