namespace ResidentMedicalInsurance.Policies.Counties.Shiquan;

/// <summary>Numbers and dates of a Shiquan annual notice (石政办函〔2020〕47号 style).</summary>
public sealed record ShiquanData
{
    public required int Year { get; init; }

    /// <summary>二: individual fee in fen.</summary>
    public required long FeeFen { get; init; }

    /// <summary>二(一)2: full funding (individual + fiscal) for late special groups, in fen.</summary>
    public required long FullFundingFeeFen { get; init; }

    /// <summary>二(一)1: special groups pay the individual fee until this day (Y-06-30).</summary>
    public required DateOnly IndividualFeeUntil { get; init; }

    /// <summary>一: concentrated window.</summary>
    public required DateOnly WindowOpens { get; init; }
    public required DateOnly WindowCloses { get; init; }

    /// <summary>一(二)1: newborns registered within this many days of birth pay nothing.</summary>
    public required int NewbornRegistrationDays { get; init; }

    /// <summary>一(二)2: babies born in Y-1 may pay until this day with benefits from Y-01-01.</summary>
    public required DateOnly PriorYearNewbornUntil { get; init; }

    /// <summary>四(一), 三(七): identities certified on or before this day count for Y.</summary>
    public required DateOnly CertifiedOnOrBefore { get; init; }

    public required long JiandangSubsidyFen { get; init; }
    public required long DibaoSubsidyFen { get; init; }
    public required long JishengSubsidyFen { get; init; }
}

/// <summary>Structure of 石政办函〔2020〕47号: windows and special groups 一, fees 二, subsidies 三-五, refunds 六.</summary>
public abstract class ShiquanRules : PolicyProfile
{
    private readonly ShiquanData _data;
    private readonly CategoryRule[] _categories;
    private readonly BasisItem _employeeInsurance, _local, _permit, _student, _notInScope;
    private readonly BasisItem _fee, _specialFee, _specialFullFee, _newbornFee;
    private readonly BasisItem _windowNotOpen, _concentrated, _other, _closed;
    private readonly BasisItem _newborn, _lateNewborn, _priorYearNewborn, _jiandangEnded, _poverty, _freshman, _firstPaidElsewhere;
    private readonly BasisItem _highestOnly;
    private readonly BasisItem _refundUsed, _refundStatusEnds, _refundDuplicate, _refundWrongPlace, _refundOther;

    protected ShiquanRules(string id, string documentNumber, ShiquanData data)
        : base(id, "shiquan", "石泉县", data.Year, documentNumber)
    {
        _data = data;
        ReconciliationPeriods = ReconciliationCalendar.Build(data.Year,
            new ReconciliationPeriod(data.WindowOpens, data.WindowCloses, "集中缴费期", null, null,
                Cite("一", $"集中缴费期{Zh.Date(data.WindowOpens)}至{Zh.Date(data.WindowCloses)}；通知未规定对账日期，期末由县医保局审签。")),
            (_, _) => (null, null), ReconciliationCalendar.MonthlyDecision);
        var y = data.Year;
        _employeeInsurance = Cite("一", "参保人只能选择参加一种基本医保，已参加职工医保的不能重复参加城乡居民医保。");
        _local = Cite("六(一)2", "参保地与户籍地相同，可以在本县参保。");
        _permit = Cite("二", "持居住证在本县居住的人员（含港澳台居民）可以在本县参保（六(一)2）。");
        _student = Cite("一(三)1", "在本县学校就读的学生以学籍为依据在学校所在地参保。");
        _notInScope = Cite("六(一)2", "参保地必须至少与户籍地或居住证地中一项相同，不符合的不能在本县参保。");
        _fee = Cite("二", $"{y}年度个人缴费标准为{Zh.Yuan(data.FeeFen)}/年。");
        _specialFee = Cite("二(一)1", $"退役士兵、应届外省市毕业回安大学生、刑满释放人员、失联人员在{Zh.Date(data.IndividualFeeUntil)}前缴费的，按个人缴费标准{Zh.Yuan(data.FeeFen)}缴纳（二(二)、二(三)）。");
        _specialFullFee = Cite("二(一)2", $"退役士兵、应届外省市毕业回安大学生、刑满释放人员、失联人员{Zh.Date(data.IndividualFeeUntil.AddDays(1))}后缴费的，按筹资标准（含个人缴费和财政补助）{Zh.Yuan(data.FullFundingFeeFen)}缴纳（二(二)、二(三)）。");
        _newbornFee = Cite("一(二)1", "当年出生的新生儿参保不缴费，次年以自然人身份参保缴费。");
        _windowNotOpen = Cite("一", $"{y}年度集中缴费自{Zh.Date(data.WindowOpens)}开始，此前缴费不计入{y}年度。");
        _concentrated = Cite("一", $"集中缴费期（{Zh.Date(data.WindowOpens)}至{Zh.Date(data.WindowCloses)}）缴费，{y}年1月1日至12月31日享受待遇。");
        _other = Cite("一(四)", "不在集中缴费期缴费的，待遇享受期自缴费日的次月起。");
        _closed = Cite("一", $"{y}年度待遇期至{y}年12月31日，此后缴费不计入{y}年度。");
        _newborn = Cite("一(二)1", $"当年出生的新生儿自出生日起{data.NewbornRegistrationDays}天内办理参保登记的，从出生之日起享受待遇。");
        _lateNewborn = Decision("shiquan-late-newborn", $"新生儿超过{data.NewbornRegistrationDays}天才登记的，按其他人员缴费并享受待遇。");
        _priorYearNewborn = Cite("一(二)2", $"{y - 1}年12月31日前出生的新生儿，缴费时间可延长至{Zh.Date(data.PriorYearNewbornUntil)}，{y}年1月1日起享受待遇。");
        _jiandangEnded = Cite("一(一)1", "建档立卡贫困人口停止职工医保后参加城乡居民医保，足额缴费后待遇从职工医保待遇停止之日后次月算起。");
        _poverty = Cite("一(一)2", "新增建档立卡贫困人口足额缴费后，待遇从扶贫部门确认之日后次月算起。");
        _freshman = Cite("一(三)1", "新入学大学生统一参加学校所在地城乡居民医保，自缴费完成之日起享受待遇。");
        _highestOnly = Cite("三(六)", "同时符合两种及以上资助政策的，按其中资助标准最高的一项执行，不重复享受。");
        _refundUsed = Cite("六(三)", "缴费后待遇期内已享受待遇的，不再予以退费。");
        _refundStatusEnds = Cite("六(三)", "应征入伍、参加职工医保、服刑、死亡的，城乡居民参保身份自动丧失，原参保缴费不予退还。");
        _refundDuplicate = Cite("六(四)", "已参加职工医保或已以大学生身份参保后又缴费的重复缴费，可申请退还个人缴费。");
        _refundWrongPlace = Cite("六(四)", "非因本人原因错缴异地的，由原缴费地退费，在拟参保地重新缴费，待遇享受期从首次缴费时间起算。");
        _firstPaidElsewhere = Cite("六(四)", "非因本人原因错缴异地、在本县重新缴费的，待遇享受期从首次缴费时间起算。");
        _refundOther = Cite("六(三)", "该情形不属于通知规定的退费情形，不予退费。");

        var late = Cite("三(七)", $"资助身份以{Zh.Date(data.CertifiedOnOrBefore)}前各部门认定结果为准，此后新增的作为下一年度认定依据（四(一)）。");
        var bulk = Cite("五(一)", "全额资助人员由负责补助的部门按名册向税务机关统一申报缴纳，本人无需缴费。");
        var separate = Cite("五(二)", $"定额资助人员按缴补分离办理：本人先按{Zh.Yuan(data.FeeFen)}自行缴费，资助资金由相关部门直补到人。");
        _categories =
        [
            Rule("jiandang", "建档立卡贫困人口", SubsidyMode.Reimbursed, "财政", "扶贫局", data.JiandangSubsidyFen,
                Cite("三(一)", $"建档立卡贫困人口个人缴费由财政资金定额资助{Zh.Yuan(data.JiandangSubsidyFen)}。"), separate, late),
            Rule("tekun", "特困供养人员（含孤儿、事实无人抚养儿童）", SubsidyMode.Waived, "医疗救助资金", "民政局", null,
                Cite("三(二)", "特困供养人员（含孤儿、事实无人抚养儿童等）个人缴费由医疗救助资金全额资助。"), bulk, late),
            Rule("dibao", "最低生活保障对象", SubsidyMode.Reimbursed, "医疗救助资金", "民政局", data.DibaoSubsidyFen,
                Cite("三(三)", $"最低生活保障对象个人缴费由医疗救助资金定额资助{Zh.Yuan(data.DibaoSubsidyFen)}。"), separate, late),
            Rule("youfu", "优抚军人", SubsidyMode.Waived, "退役军人事务局", "退役军人事务局", null,
                Cite("三(四)", "优抚军人个人缴费由退役军人事务局全额资助。"), bulk, late),
            Rule("jisheng", "计生户（农村独生子女和双女户家庭）", SubsidyMode.Reimbursed, "卫健局", "卫健局", data.JishengSubsidyFen,
                Cite("三(五)", $"计生户个人缴费由卫健局每人资助{Zh.Yuan(data.JishengSubsidyFen)}。"), separate, late),
        ];

        // 附件 note: 各镇特困供养人员不计算在内，由县医保局统一代缴; 七(二): 99% overall, poverty and marginal households 100%.
        // The profile has no category for 边缘户: its group is the 建档立卡 category alone (ADR 0065).
        Targets = new ProgressTargets(0.99, [new TargetGroup("建档立卡贫困人口", ["jiandang"], 1.0)], ["tekun"],
            Cite("七(二)、附件", "确保参保率达到99%以上，建档立卡贫困人口、边缘户100%参保；各镇特困供养人员不计算在内，由县医保局统一代缴。"));
    }

    public override IReadOnlyList<CategoryRule> Categories => _categories;
    public override ProgressTargets Targets { get; }

    public override IReadOnlyList<ReconciliationPeriod> ReconciliationPeriods { get; }

    public override IReadOnlyList<CircumstanceInfo> Circumstances { get; } =
    [
        new(Circumstance.DischargedSoldier, "当年退役士兵"),
        new(Circumstance.ReturningGraduate, "应届外省市毕业回安大学生"),
        new(Circumstance.ReleasedPrisoner, "刑满释放人员"),
        new(Circumstance.LostContact, "失联人员"),
        new(Circumstance.EmployeeInsuranceEndedOn, "职工医保待遇停止日期（建档立卡贫困人口）"),
        new(Circumstance.PovertyConfirmedOn, "新增建档立卡确认日期"),
        new(Circumstance.CollegeFreshman, "新入学大学生"),
        new(Circumstance.FirstPaidElsewhereOn, "错缴异地首次缴费日期"),
    ];

    public ShiquanData Data => _data;

    private protected override string? CheckEligibility(PolicyCase policyCase, ref BasisBuffer basis)
    {
        var person = policyCase.Person;
        if (person.EmployeeInsurance)
        {
            basis.Add(_employeeInsurance);
            return IneligibleReasons.EmployeeInsurance;
        }

        if (person.Hukou == Hukou.Local)
        {
            basis.Add(_local);
            return null;
        }

        if (person.ResidencePermit)
        {
            basis.Add(_permit);
            return null;
        }

        if (person.Student is { LocalSchool: true })
        {
            basis.Add(_student);
            return null;
        }

        basis.Add(_notInScope);
        return IneligibleReasons.NotInScope;
    }

    private protected override Period DecidePeriod(PolicyCase policyCase, DateOnly paymentDate, ref BasisBuffer basis)
    {
        if (paymentDate < _data.WindowOpens)
        {
            basis.Add(_windowNotOpen);
            return Period.Rejected(RejectedReasons.WindowNotOpen);
        }

        if (paymentDate > YearEnd)
        {
            basis.Add(_closed);
            return Period.Rejected(RejectedReasons.WindowClosed);
        }

        // 六(四): re-paid here after paying in the wrong region, the benefit period runs from that first payment.
        var counted = paymentDate;
        if (policyCase.Circumstances.FirstPaidElsewhereOn is DateOnly first && first >= _data.WindowOpens && first < paymentDate)
        {
            counted = first;
            basis.Add(_firstPaidElsewhere);
        }

        DateOnly start;
        BasisItem reason;
        if (counted <= _data.WindowCloses)
        {
            start = YearStart;
            reason = _concentrated;
        }
        else
        {
            start = PolicyDates.NextMonth(counted);
            reason = _other;
        }

        // Special groups (一(一)..(三)): the earliest start wins.
        var circumstances = policyCase.Circumstances;
        if (policyCase.Person.BirthDate is DateOnly birth)
        {
            if (IsRegisteredNewborn(birth, paymentDate))
            {
                Consider(ref start, ref reason, birth, _newborn);
            }
            else if (birth.Year == Year)
            {
                basis.Add(_lateNewborn);
            }
            else if (birth.Year == Year - 1 && paymentDate <= _data.PriorYearNewbornUntil)
            {
                Consider(ref start, ref reason, YearStart, _priorYearNewborn);
            }
        }

        if (circumstances.EmployeeInsuranceEndedOn is DateOnly ended && HasCategory(policyCase, "jiandang"))
        {
            Consider(ref start, ref reason, PolicyDates.Max(PolicyDates.NextMonth(ended), YearStart), _jiandangEnded);
        }

        if (circumstances.PovertyConfirmedOn is DateOnly confirmed)
        {
            Consider(ref start, ref reason, PolicyDates.Max(PolicyDates.NextMonth(confirmed), YearStart), _poverty);
        }

        if (circumstances.CollegeFreshman)
        {
            Consider(ref start, ref reason, paymentDate, _freshman);
        }

        basis.Add(reason);
        return new Period(start, YearEnd, null);
    }

    private protected override Quote QuoteFee(PolicyCase policyCase, DateOnly paymentDate, ref BasisBuffer basis)
    {
        if (policyCase.Person.BirthDate is DateOnly birth && IsRegisteredNewborn(birth, paymentDate))
        {
            basis.Add(_newbornFee);
            return new Quote(0, null, 0, null);
        }

        var c = policyCase.Circumstances;
        var fee = _data.FeeFen;
        if (c.DischargedSoldier || c.ReturningGraduate || c.ReleasedPrisoner || c.LostContact)
        {
            var late = paymentDate > _data.IndividualFeeUntil;
            basis.Add(late ? _specialFullFee : _specialFee);
            fee = late ? _data.FullFundingFeeFen : _data.FeeFen;
        }
        else
        {
            basis.Add(_fee);
        }

        return QuoteWithCategories(policyCase, fee, ref basis, _highestOnly);
    }

    private protected override RefundDecision DecideRefund(PolicyCase policyCase, RefundRequest request, Period period, long paid, ref BasisBuffer basis)
    {
        if (request.BenefitsUsed)
        {
            basis.Add(_refundUsed);
            return new RefundDecision(false, 0);
        }

        switch (request.Reason)
        {
            case RefundReason.Conscripted or RefundReason.JoinedEmployeeInsurance or RefundReason.Imprisoned or RefundReason.Death:
                basis.Add(_refundStatusEnds);
                return new RefundDecision(false, 0);
            case RefundReason.Duplicate:
                basis.Add(_refundDuplicate);
                return new RefundDecision(true, paid);
            case RefundReason.WrongLocation:
                basis.Add(_refundWrongPlace);
                return new RefundDecision(true, paid);
            case RefundReason.Erroneous:
                return DefaultRefund(request, paid, ref basis);
            default:
                basis.Add(_refundOther);
                return new RefundDecision(false, 0);
        }
    }

    private bool IsRegisteredNewborn(DateOnly birth, DateOnly paymentDate)
        => birth.Year == Year && paymentDate >= birth && paymentDate <= birth.AddDays(_data.NewbornRegistrationDays);

    private static bool HasCategory(PolicyCase policyCase, string code)
    {
        var categories = policyCase.Categories;
        for (var i = 0; i < categories.Count; i++)
        {
            if (string.Equals(categories[i].Code, code, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static void Consider(ref DateOnly start, ref BasisItem reason, DateOnly candidate, BasisItem basis)
    {
        if (candidate < start)
        {
            start = candidate;
            reason = basis;
        }
    }

    private CategoryRule Rule(string code, string name, SubsidyMode mode, string fundedBy, string department, long? amount, BasisItem clause, BasisItem how, BasisItem late) => new()
    {
        Code = code,
        Name = name,
        Mode = mode,
        FundedBy = fundedBy,
        Department = department,
        AmountFen = amount,
        CertifiedOnOrBefore = _data.CertifiedOnOrBefore,
        Basis = [clause, how],
        LateCertificationBasis = late,
    };
}
