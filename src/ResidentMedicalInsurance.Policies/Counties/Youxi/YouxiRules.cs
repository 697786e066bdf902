namespace ResidentMedicalInsurance.Policies.Counties.Youxi;

/// <summary>Numbers and dates of a Youxi annual work plan (尤政办〔2019〕45号 style).</summary>
public sealed record YouxiData
{
    public required int Year { get; init; }

    /// <summary>三(一): individual fee from Y-1-09-01 to <see cref="IndividualFeeUntil"/>, in fen.</summary>
    public required long FeeFen { get; init; }

    /// <summary>三(二): fiscal subsidy added to the fee from the day after <see cref="IndividualFeeUntil"/>.</summary>
    public required long FiscalSubsidyFen { get; init; }
    public required DateOnly IndividualFeeUntil { get; init; }

    /// <summary>三(三): optional supplementary accident insurance, a separate product.</summary>
    public required long AccidentInsuranceFen { get; init; }

    /// <summary>四(一): the normal period.</summary>
    public required DateOnly WindowOpens { get; init; }
    public required DateOnly WindowCloses { get; init; }

    /// <summary>四(二)2: waiting days for overdue payers.</summary>
    public required int OverdueWaitDays { get; init; }

    /// <summary>六(二)2: county-funded exemptions certified by this day.</summary>
    public required DateOnly CountyExemptionsCertifiedBy { get; init; }
}

/// <summary>Structure of 尤政办〔2019〕45号: scope 二, fee 三, periods 四, exemptions 六(二).</summary>
public abstract class YouxiRules : PolicyProfile
{
    private readonly YouxiData _data;
    private readonly CategoryRule[] _categories;
    private readonly BasisItem _employeeInsurance, _local, _armedPolice, _hkMacaoTaiwan, _permit, _parentInsured, _notInScope;
    private readonly BasisItem _fee, _lateFee, _windowNotOpen, _normal, _catchUp, _catchUpDecision, _overdue, _overdueExempt, _closed;

    protected YouxiRules(string id, string documentNumber, YouxiData data)
        : base(id, "youxi", "尤溪县", data.Year, documentNumber)
    {
        _data = data;
        ReconciliationPeriods = ReconciliationCalendar.Build(data.Year,
            new ReconciliationPeriod(data.WindowOpens, data.WindowCloses, "正常缴费期", data.WindowCloses, new DateOnly(data.Year, 1, 10),
                Cite("七(一)", $"县税务部门、县医保部门于{Zh.Date(data.WindowCloses)}前核对缴费人数、征收金额和资助金额；县财政局于{Zh.Date(new DateOnly(data.Year, 1, 10))}前核实后上解。")),
            (start, _) => (PolicyDates.NextMonth(start), start.Month <= 6 ? new DateOnly(data.Year, 7, 10) : new DateOnly(data.Year + 1, 4, 10)),
            Cite("七(二)", $"非正常缴费期每月1日前核对上月缴费人数与征收金额；1月至6月由县财政于{data.Year}年7月10日前核实，7月起于{data.Year + 1}年4月10日前核实。"));
        var y = data.Year;
        var endOfFebruary = PolicyDates.EndOfFebruary(y);
        _employeeInsurance = Cite("二", "已参加职工基本医疗保险的人员不属于城乡居民医保参保对象。");
        _local = Cite("二1", "具有本县户籍的城乡居民属于参保对象。");
        _armedPolice = Cite("二2", "驻尤武警中队官兵属于参保对象。");
        _hkMacaoTaiwan = Cite("二3", "长期居住（一年以上）的非从业港澳台人员属于参保对象。");
        _permit = Cite("二3", "持有有效居住证的外来务工人员及其子女属于参保对象。");
        _parentInsured = Cite("二4", "已在三明市参加基本医疗保险的流动人口的子女属于参保对象。");
        _notInScope = Cite("二", "不属于本县户籍、驻尤武警、长期居住的非从业港澳台人员、持居住证的外来务工人员及其子女或三明市参保流动人口子女，不在参保范围内。");
        _fee = Cite("三(一)", $"{Zh.Date(data.WindowOpens)}至{Zh.Date(data.IndividualFeeUntil)}缴费的，个人缴费标准为{Zh.Yuan(data.FeeFen)}/人；意外伤害补充保险{Zh.Yuan(data.AccidentInsuranceFen)}另行自愿缴纳，不含在内（三(三)）。");
        _lateFee = Cite("三(二)", $"{Zh.Date(data.IndividualFeeUntil.AddDays(1))}起缴费的，按个人缴费与财政补助之和缴纳：{Zh.Yuan(data.FeeFen)}+{Zh.Yuan(data.FiscalSubsidyFen)}={Zh.Yuan(data.FeeFen + data.FiscalSubsidyFen)}。");
        _windowNotOpen = Cite("四(一)", $"{y}年度正常缴费期自{Zh.Date(data.WindowOpens)}开始，此前缴费不计入{y}年度。");
        _normal = Cite("四(一)", $"正常缴费期（{Zh.Date(data.WindowOpens)}至{Zh.Date(data.WindowCloses)}）缴费，{y}年1月1日至12月31日享受待遇。");
        _catchUp = Cite("四(二)1", $"补缺补漏期为{y}年1月1日至{Zh.MonthDay(endOfFebruary)}。");
        _catchUpDecision = Decision("youxi-catchup", "补缺补漏期缴费的，自缴费次日起享受待遇。");
        _overdue = Cite("四(二)2", $"{y}年3月1日起逾期缴费的，需执行{data.OverdueWaitDays}天待遇等待期，自缴费{data.OverdueWaitDays}天后享受待遇。");
        _overdueExempt = Cite("四(二)2", "逾期缴费的新生儿及医疗救助对象不执行待遇等待期，自缴费次日起享受待遇。");
        _closed = Cite("四(二)2", $"{y}年度逾期缴费受理至{y}年12月31日。");
        AccidentInsurance = new SupplementaryProduct("accident", "城乡居民基本医疗补充意外伤害保险", data.AccidentInsuranceFen, "中国人寿保险股份有限公司尤溪县支公司",
            Cite("三(三)", $"城乡居民基本医疗补充意外伤害保险缴费标准为每人{Zh.Yuan(data.AccidentInsuranceFen)}，自愿参加，另行缴纳，不含在基本医疗保险个人缴费内。"),
            Cite("六(三)", "意外伤害补充保险通过中国人寿保险股份有限公司为各村设立的微信二维码扫码缴费或现金缴费。"));

        var assistance = Cite("六(二)1", "第一、二类医疗救助对象由医疗救助资金资助参保，个人无须缴费，按月动态调整。");
        var county = Cite("六(二)2", "残疾人、农村农民独女户、二女结扎户由县财政资助参保，个人无须缴费。");
        var late = Cite("六(二)2", $"县财政资助对象须由认定部门于{Zh.Date(data.CountyExemptionsCertifiedBy)}前报送花名册，未及时报送的不予纳入资助参保。");
        _categories =
        [
            Exempt("yiliao-jiuzhu-1", "第一类医疗救助对象", "医疗救助资金", null, assistance, null),
            Exempt("yiliao-jiuzhu-2", "第二类医疗救助对象", "医疗救助资金", null, assistance, null),
            Exempt("canji", "残疾人", "县财政", data.CountyExemptionsCertifiedBy, county, late),
            Exempt("dunv", "农村农民独女户", "县财政", data.CountyExemptionsCertifiedBy, county, late),
            Exempt("ernv-jiezha", "二女结扎户", "县财政", data.CountyExemptionsCertifiedBy, county, late),
        ];
    }

    public override IReadOnlyList<CategoryRule> Categories => _categories;

    /// <summary>三(三), 六(三): the optional accident insurance, paid to the insurer.</summary>
    public override SupplementaryProduct? AccidentInsurance { get; }

    public override IReadOnlyList<ReconciliationPeriod> ReconciliationPeriods { get; }

    public override IReadOnlyList<CircumstanceInfo> Circumstances { get; } =
    [
        new(Circumstance.MedicalAssistance, "第一、二类医疗救助对象"),
    ];

    public YouxiData Data => _data;

    private protected override string? CheckEligibility(PolicyCase policyCase, ref BasisBuffer basis)
    {
        var person = policyCase.Person;
        if (person.EmployeeInsurance)
        {
            basis.Add(_employeeInsurance);
            return IneligibleReasons.EmployeeInsurance;
        }

        BasisItem? reason = person.Hukou == Hukou.Local ? _local
            : person.ArmedPolice ? _armedPolice
            : person is { HkMacaoTaiwan: true, ResidentYears: >= 1, Employed: false } ? _hkMacaoTaiwan
            : person.ResidencePermit ? _permit
            : person.ParentInsuredInPrefecture ? _parentInsured
            : null;
        if (reason is null)
        {
            basis.Add(_notInScope);
            return IneligibleReasons.NotInScope;
        }

        basis.Add(reason);
        return null;
    }

    private protected override Period DecidePeriod(PolicyCase policyCase, DateOnly paymentDate, ref BasisBuffer basis)
    {
        if (paymentDate < _data.WindowOpens)
        {
            basis.Add(_windowNotOpen);
            return Period.Rejected(RejectedReasons.WindowNotOpen);
        }

        if (paymentDate <= _data.WindowCloses)
        {
            basis.Add(_normal);
            return new Period(YearStart, YearEnd, null);
        }

        if (paymentDate > YearEnd)
        {
            basis.Add(_closed);
            return Period.Rejected(RejectedReasons.WindowClosed);
        }

        if (paymentDate <= PolicyDates.EndOfFebruary(Year))
        {
            basis.Add(_catchUp);
            basis.Add(_catchUpDecision);
            return new Period(paymentDate.AddDays(1), YearEnd, null);
        }

        var newborn = policyCase.Person.BirthDate is DateOnly birth && birth.Year == Year;
        if (newborn || IsMedicalAssistanceRecipient(policyCase))
        {
            basis.Add(_overdueExempt);
            return new Period(paymentDate.AddDays(1), YearEnd, null);
        }

        basis.Add(_overdue);
        return new Period(paymentDate.AddDays(_data.OverdueWaitDays), YearEnd, null);
    }

    private protected override Quote QuoteFee(PolicyCase policyCase, DateOnly paymentDate, ref BasisBuffer basis)
    {
        var late = paymentDate > _data.IndividualFeeUntil;
        basis.Add(late ? _lateFee : _fee);
        var fee = late ? _data.FeeFen + _data.FiscalSubsidyFen : _data.FeeFen;
        return QuoteWithCategories(policyCase, fee, ref basis);
    }

    /// <summary>The circumstance, or a certified class 1/2 medical assistance category.</summary>
    private static bool IsMedicalAssistanceRecipient(PolicyCase policyCase)
    {
        if (policyCase.Circumstances.MedicalAssistance)
        {
            return true;
        }

        var categories = policyCase.Categories;
        for (var i = 0; i < categories.Count; i++)
        {
            if (categories[i].Code is "yiliao-jiuzhu-1" or "yiliao-jiuzhu-2")
            {
                return true;
            }
        }

        return false;
    }

    private static CategoryRule Exempt(string code, string name, string fundedBy, DateOnly? cutoff, BasisItem basis, BasisItem? late) => new()
    {
        Code = code,
        Name = name,
        Mode = SubsidyMode.Waived,
        FundedBy = fundedBy,
        Department = null,
        CertifiedOnOrBefore = cutoff,
        Basis = [basis],
        LateCertificationBasis = late,
    };
}
