namespace ResidentMedicalInsurance.Policies.Counties.Lianyungang;

/// <summary>Numbers and dates of the Lianyungang city-district urban residents' scheme (连政办发〔2007〕149号).</summary>
public sealed record LianyungangUrbanData
{
    public required int Year { get; init; }

    /// <summary>第八条: 城市一般居民 fee in fen.</summary>
    public required long FeeFen { get; init; }

    /// <summary>第八条: fee for 低保户、特困户、重度残疾人员 in fen.</summary>
    public required long ReducedFeeFen { get; init; }

    /// <summary>第六条: 工本费 set by the price bureau, in fen (waived for the reduced-fee groups).</summary>
    public required long CardFeeFen { get; init; }

    /// <summary>第七条: personal account credited per person each year by Y-01-10.</summary>
    public required long PersonalAccountFen { get; init; }

    /// <summary>第六条: payment window, Y-1-09-01 .. Y-1-12-10.</summary>
    public required DateOnly WindowOpens { get; init; }
    public required DateOnly WindowCloses { get; init; }

    /// <summary>第七条: registered and paid by this day, benefits from <see cref="LaunchDate"/> (null after the launch year).</summary>
    public DateOnly? EarlyRegistrationUntil { get; init; }
    public DateOnly? LaunchDate { get; init; }
}

/// <summary>
/// Structure of 连政办发〔2007〕149号: eligibility and the household rule 第二条, window 第六条/第七条, fee 第八条,
/// changes 第十一条. The household check itself is <see cref="Households.HouseholdRule"/>.
/// </summary>
public abstract class LianyungangUrbanRules : PolicyProfile
{
    private readonly LianyungangUrbanData _data;
    private readonly CategoryRule[] _categories;
    private readonly BasisItem _employeeInsurance, _ruralCooperative, _notInScope, _eligible;
    private readonly BasisItem _fee, _windowNotOpen, _early, _normal, _closed;
    private readonly BasisItem _refundNone, _refundTerminated;

    protected LianyungangUrbanRules(string id, string documentNumber, LianyungangUrbanData data)
        : base(id, "lianyungang", "连云港市", data.Year, documentNumber)
    {
        _data = data;
        ReconciliationPeriods = ReconciliationCalendar.Build(data.Year,
            new ReconciliationPeriod(data.WindowOpens, data.WindowCloses, "集中缴费期", null, null,
                Cite("第六条", $"集中缴费期{Zh.Date(data.WindowOpens)}至{Zh.Date(data.WindowCloses)}；通知未规定对账日期，期末由医保经办机构审签。")),
            (_, _) => (null, null), ReconciliationCalendar.MonthlyDecision);
        var y = data.Year;
        _employeeInsurance = Cite("第二条", "已参加城镇职工基本医疗保险的人员不参加城镇居民医保。");
        _ruralCooperative = Cite("第二条", "已参加新型农村合作医疗的人员不参加城镇居民医保。");
        _notInScope = Cite("第二条", "城镇居民医保以市区户籍为准，非市区户籍人员不属于参保范围。");
        _eligible = Cite("第二条", "市区户籍、未参加职工医保和新农合的城镇居民，以家庭为单位参保，家庭内应参保人员必须同时参保。");
        _fee = Cite("第八条", $"城市一般居民每人每年缴纳{Zh.Yuan(data.FeeFen)}。");
        _windowNotOpen = Cite("第六条", $"{y}年度缴费时间自{Zh.Date(data.WindowOpens)}开始，此前不受理。");
        _early = Cite("第七条", data.EarlyRegistrationUntil is DateOnly early && data.LaunchDate is DateOnly launch
            ? $"{Zh.Date(early)}前登记参保并缴纳{y}年度费用的，自{Zh.Date(launch)}起享受待遇，{launch.Year}年剩余月份个人负担费用免缴。"
            : "提前登记参保的特别规定仅适用于制度启动年度。");
        _normal = Cite("第七条", $"{Zh.Date(data.WindowOpens)}至{Zh.Date(data.WindowCloses)}登记参保并缴费的，自{y}年1月1日起享受待遇。");
        _closed = Cite("第六条", $"{y}年度缴费截止于{Zh.Date(data.WindowCloses)}；此后登记缴费的，从次年1月1日起享受待遇，不计入{y}年度。");
        _refundNone = Cite("第十一条", "户籍迁出市区或死亡的，办理终止手续，已缴医疗保险费不予退还，个人账户余额退还本人或继承人。");
        _refundTerminated = Cite("第十一条", "该情形不属于退费情形，已缴医疗保险费不予退还。");
        PersonalAccount = data.PersonalAccountFen > 0
            ? new PersonalAccountRule(data.PersonalAccountFen, new DateOnly(y, 1, 10),
                Cite("第七条", $"参保人员每人每年划入个人账户{Zh.Yuan(data.PersonalAccountFen)}，于{Zh.Date(new DateOnly(y, 1, 10))}前划入。"), _refundNone)
            : null;

        var reduced = Cite("第八条", $"城市低保户、特困户、重度残疾人员每人每年缴纳{Zh.Yuan(data.ReducedFeeFen)}，减免部分无需缴纳，工本费免缴（第六条）。");
        var halfOff = data.FeeFen - data.ReducedFeeFen;
        _categories =
        [
            Reduced("dibao", "城市低保户", "民政部门", halfOff, reduced),
            Reduced("tekun", "特困户", "总工会", halfOff, reduced),
            Reduced("zhongcan", "重度残疾人员（一、二级肢体、智力、精神、视力残疾）", "残联", halfOff, reduced),
        ];
    }

    public override IReadOnlyList<CategoryRule> Categories => _categories;

    public override IReadOnlyList<ReconciliationPeriod> ReconciliationPeriods { get; }

    public override IReadOnlyList<CircumstanceInfo> Circumstances { get; } = [];

    public override PersonalAccountRule? PersonalAccount { get; }

    public LianyungangUrbanData Data => _data;

    private protected override string? CheckEligibility(PolicyCase policyCase, ref BasisBuffer basis)
    {
        var person = policyCase.Person;
        if (person.EmployeeInsurance)
        {
            basis.Add(_employeeInsurance);
            return IneligibleReasons.EmployeeInsurance;
        }

        if (person.RuralCooperative)
        {
            basis.Add(_ruralCooperative);
            return IneligibleReasons.RuralCooperative;
        }

        if (person.Hukou != Hukou.Local)
        {
            basis.Add(_notInScope);
            return IneligibleReasons.NotInScope;
        }

        basis.Add(_eligible);
        return null;
    }

    private protected override Period DecidePeriod(PolicyCase policyCase, DateOnly paymentDate, ref BasisBuffer basis)
    {
        if (paymentDate < _data.WindowOpens)
        {
            basis.Add(_windowNotOpen);
            return Period.Rejected(RejectedReasons.WindowNotOpen);
        }

        if (paymentDate > _data.WindowCloses)
        {
            basis.Add(_closed);
            return Period.Rejected(RejectedReasons.WindowClosed);
        }

        if (_data.EarlyRegistrationUntil is DateOnly early && _data.LaunchDate is DateOnly launch && paymentDate <= early)
        {
            basis.Add(_early);
            return new Period(launch, YearEnd, null);
        }

        basis.Add(_normal);
        return new Period(YearStart, YearEnd, null);
    }

    private protected override Quote QuoteFee(PolicyCase policyCase, DateOnly paymentDate, ref BasisBuffer basis)
    {
        basis.Add(_fee);
        var quote = QuoteWithCategories(policyCase, _data.FeeFen, ref basis);
        return quote with { CardFee = quote.Subsidy is null ? _data.CardFeeFen : 0 };
    }

    private protected override RefundDecision DecideRefund(PolicyCase policyCase, RefundRequest request, Period period, long paid, ref BasisBuffer basis)
    {
        switch (request.Reason)
        {
            case RefundReason.MovedOut or RefundReason.Death:
                basis.Add(_refundNone);
                return new RefundDecision(false, 0);
            case RefundReason.Erroneous or RefundReason.Duplicate:
                return DefaultRefund(request, paid, ref basis);
            default:
                basis.Add(_refundTerminated);
                return new RefundDecision(false, 0);
        }
    }

    private CategoryRule Reduced(string code, string name, string department, long amount, BasisItem basis) => new()
    {
        Code = code,
        Name = name,
        Mode = SubsidyMode.Waived,
        FundedBy = "市、区财政",
        Department = department,
        AmountFen = amount,
        Basis = [basis],
    };
}
