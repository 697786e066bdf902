using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using ResidentMedicalInsurance.Policies;

namespace ResidentMedicalInsurance.Cli.Policy;

/// <summary>
/// Reads one JSON Lines case (policy-spec section 10) straight from UTF-8 bytes. Omitted facts are false,
/// null, zero or empty; unknown fields are errors, so that a misspelt fact is not silently false.
/// </summary>
public sealed class CaseParser
{
    private static readonly byte[][] CircumstanceCodes = [.. Circumstance.All.Select(c => Encoding.UTF8.GetBytes(c.Code))];
    private static readonly string[] CircumstanceFields = [.. Circumstance.All.Select(c => $"circumstances.{c.Code}")];

    private readonly IReadOnlyList<IPolicyProfile> _profiles;
    private readonly byte[][] _profileIds;

    public CaseParser(IReadOnlyList<IPolicyProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        _profiles = profiles;
        _profileIds = new byte[profiles.Count][];
        for (var i = 0; i < profiles.Count; i++)
        {
            _profileIds[i] = Encoding.UTF8.GetBytes(profiles[i].Id);
        }
    }

    /// <summary>Parses a line; <paramref name="id"/> holds the id as soon as it was read, also when parsing fails.</summary>
    /// <exception cref="JsonException">The line is not valid JSON.</exception>
    /// <exception cref="CaseFormatException">The line is JSON but not a valid case.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public CaseLine Parse(ReadOnlySpan<byte> line, out CaseId id)
    {
        id = CaseId.None;
        var reader = new Utf8JsonReader(line, isFinalBlock: true, state: default);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new CaseFormatException("每行应是一个 JSON 对象（一个案例）。");
        }

        IPolicyProfile? profile = null;
        var person = Person.Empty;
        IReadOnlyList<CategoryCertification> categories = [];
        var circumstances = Circumstances.None;
        DateOnly? paymentDate = null;
        RefundRequest? refund = null;
        while (ReadProperty(ref reader))
        {
            if (reader.ValueTextEquals("id"u8))
            {
                reader.Read();
                id = reader.TokenType switch
                {
                    JsonTokenType.String => new CaseId(reader.GetString(), false),
                    JsonTokenType.Number => new CaseId(Encoding.UTF8.GetString(reader.ValueSpan), true),
                    JsonTokenType.Null => CaseId.None,
                    _ => throw new CaseFormatException("id 应为字符串或数字。"),
                };
            }
            else if (reader.ValueTextEquals("profile"u8))
            {
                reader.Read();
                profile = ReadProfile(ref reader);
            }
            else if (reader.ValueTextEquals("person"u8))
            {
                reader.Read();
                person = ReadPerson(ref reader);
            }
            else if (reader.ValueTextEquals("categories"u8))
            {
                reader.Read();
                categories = ReadCategories(ref reader);
            }
            else if (reader.ValueTextEquals("circumstances"u8))
            {
                reader.Read();
                circumstances = ReadCircumstances(ref reader);
            }
            else if (reader.ValueTextEquals("payment"u8))
            {
                reader.Read();
                paymentDate = ReadPayment(ref reader);
            }
            else if (reader.ValueTextEquals("refund"u8))
            {
                reader.Read();
                refund = ReadRefund(ref reader);
            }
            else
            {
                throw Unknown(ref reader, "");
            }
        }

        if (reader.Read())
        {
            throw new CaseFormatException("一行只能有一个案例对象，对象之后还有其他内容。");
        }

        if (profile is null)
        {
            throw new CaseFormatException("缺少 profile（政策配置编号），例如 \"profile\": \"youxi-2020\"。");
        }

        return new CaseLine(id, profile, new PolicyCase
        {
            Person = person,
            Categories = categories,
            Circumstances = circumstances,
            PaymentDate = paymentDate,
            Refund = refund,
        });
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private IPolicyProfile ReadProfile(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new CaseFormatException("profile 应为字符串，例如 \"youxi-2020\"。");
        }

        for (var i = 0; i < _profileIds.Length; i++)
        {
            if (reader.ValueTextEquals(_profileIds[i]))
            {
                return _profiles[i];
            }
        }

        var known = string.Join("、", _profiles.Select(p => p.Id));
        throw new CaseFormatException($"未知的政策配置：{reader.GetString()}。可用的配置：{known}。");
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Person ReadPerson(ref Utf8JsonReader reader)
    {
        if (IsNullOrStartObject(ref reader, "person"))
        {
            return Person.Empty;
        }

        DateOnly? birthDate = null;
        var hukou = Hukou.Nonlocal;
        bool residencePermit = false, insuredElsewhere = false, employeeInsurance = false, ruralCooperative = false;
        bool hkMacaoTaiwan = false, employed = false, armedPolice = false, parentInsured = false;
        var residentYears = 0;
        StudentStatus? student = null;
        while (ReadProperty(ref reader))
        {
            if (reader.ValueTextEquals("birthDate"u8)) { reader.Read(); birthDate = ReadDate(ref reader, "person.birthDate"); }
            else if (reader.ValueTextEquals("hukou"u8)) { reader.Read(); hukou = ReadHukou(ref reader); }
            else if (reader.ValueTextEquals("residencePermit"u8)) { reader.Read(); residencePermit = ReadBool(ref reader, "person.residencePermit"); }
            else if (reader.ValueTextEquals("insuredElsewhere"u8)) { reader.Read(); insuredElsewhere = ReadBool(ref reader, "person.insuredElsewhere"); }
            else if (reader.ValueTextEquals("employeeInsurance"u8)) { reader.Read(); employeeInsurance = ReadBool(ref reader, "person.employeeInsurance"); }
            else if (reader.ValueTextEquals("ruralCooperative"u8)) { reader.Read(); ruralCooperative = ReadBool(ref reader, "person.ruralCooperative"); }
            else if (reader.ValueTextEquals("student"u8)) { reader.Read(); student = ReadStudent(ref reader); }
            else if (reader.ValueTextEquals("hkMacaoTaiwan"u8)) { reader.Read(); hkMacaoTaiwan = ReadBool(ref reader, "person.hkMacaoTaiwan"); }
            else if (reader.ValueTextEquals("residentYears"u8)) { reader.Read(); residentYears = ReadInt(ref reader, "person.residentYears"); }
            else if (reader.ValueTextEquals("employed"u8)) { reader.Read(); employed = ReadBool(ref reader, "person.employed"); }
            else if (reader.ValueTextEquals("armedPolice"u8)) { reader.Read(); armedPolice = ReadBool(ref reader, "person.armedPolice"); }
            else if (reader.ValueTextEquals("parentInsuredInPrefecture"u8)) { reader.Read(); parentInsured = ReadBool(ref reader, "person.parentInsuredInPrefecture"); }
            else { throw Unknown(ref reader, "person."); }
        }

        return new Person
        {
            BirthDate = birthDate,
            Hukou = hukou,
            ResidencePermit = residencePermit,
            InsuredElsewhere = insuredElsewhere,
            EmployeeInsurance = employeeInsurance,
            RuralCooperative = ruralCooperative,
            Student = student,
            HkMacaoTaiwan = hkMacaoTaiwan,
            ResidentYears = residentYears,
            Employed = employed,
            ArmedPolice = armedPolice,
            ParentInsuredInPrefecture = parentInsured,
        };
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static StudentStatus? ReadStudent(ref Utf8JsonReader reader)
    {
        if (IsNullOrStartObject(ref reader, "person.student"))
        {
            return null;
        }

        bool localSchool = false, college = false, firstEnrollment = false;
        while (ReadProperty(ref reader))
        {
            if (reader.ValueTextEquals("localSchool"u8)) { reader.Read(); localSchool = ReadBool(ref reader, "person.student.localSchool"); }
            else if (reader.ValueTextEquals("college"u8)) { reader.Read(); college = ReadBool(ref reader, "person.student.college"); }
            else if (reader.ValueTextEquals("firstEnrollment"u8)) { reader.Read(); firstEnrollment = ReadBool(ref reader, "person.student.firstEnrollment"); }
            else { throw Unknown(ref reader, "person.student."); }
        }

        return new StudentStatus(localSchool, college, firstEnrollment);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<CategoryCertification> ReadCategories(ref Utf8JsonReader reader)
    {
        var result = new List<CategoryCertification>();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return result;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new CaseFormatException("categories 应为数组，例如 [{\"code\": \"dibao\", \"certifiedOn\": \"2019-08-01\"}]。");
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new CaseFormatException("categories 的每一项应为对象：{\"code\": ..., \"certifiedOn\": ...}。");
            }

            string? code = null;
            DateOnly? certifiedOn = null;
            while (ReadProperty(ref reader))
            {
                if (reader.ValueTextEquals("code"u8))
                {
                    reader.Read();
                    code = reader.TokenType == JsonTokenType.String ? reader.GetString() : throw new CaseFormatException("categories[].code 应为字符串。");
                }
                else if (reader.ValueTextEquals("certifiedOn"u8))
                {
                    reader.Read();
                    certifiedOn = ReadDate(ref reader, "categories[].certifiedOn");
                }
                else
                {
                    throw Unknown(ref reader, "categories[].");
                }
            }

            result.Add(new CategoryCertification(
                string.IsNullOrEmpty(code) ? throw new CaseFormatException("categories[] 缺少 code（资助身份代码）。") : code,
                certifiedOn));
        }

        return result;
    }

    /// <summary>Reads the keys of <see cref="Circumstance.All"/>: each by its kind, omitted ones stay false, null or zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Circumstances ReadCircumstances(ref Utf8JsonReader reader)
    {
        var result = Circumstances.None;
        if (IsNullOrStartObject(ref reader, "circumstances"))
        {
            return result;
        }

        while (ReadProperty(ref reader))
        {
            var i = CircumstanceIndex(ref reader);
            reader.Read();
            var field = CircumstanceFields[i];
            result = Circumstance.All[i] switch
            {
                Circumstance<bool> flag => flag.With(result, ReadBool(ref reader, field)),
                Circumstance<DateOnly?> date => date.With(result, ReadDate(ref reader, field)),
                Circumstance<int> number => number.With(result, ReadInt(ref reader, field)),
                _ => throw new InvalidOperationException($"{field}: no reader for its kind."),
            };
        }

        return result;
    }

    private static int CircumstanceIndex(ref Utf8JsonReader reader)
    {
        for (var i = 0; i < CircumstanceCodes.Length; i++)
        {
            if (reader.ValueTextEquals(CircumstanceCodes[i]))
            {
                return i;
            }
        }

        throw Unknown(ref reader, "circumstances.");
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static DateOnly? ReadPayment(ref Utf8JsonReader reader)
    {
        if (IsNullOrStartObject(ref reader, "payment"))
        {
            return null;
        }

        DateOnly? date = null;
        while (ReadProperty(ref reader))
        {
            if (reader.ValueTextEquals("date"u8))
            {
                reader.Read();
                date = ReadDate(ref reader, "payment.date");
            }
            else
            {
                throw Unknown(ref reader, "payment.");
            }
        }

        return date;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static RefundRequest? ReadRefund(ref Utf8JsonReader reader)
    {
        if (IsNullOrStartObject(ref reader, "refund"))
        {
            return null;
        }

        RefundReason? reason = null;
        DateOnly? date = null;
        var benefitsUsed = false;
        while (ReadProperty(ref reader))
        {
            if (reader.ValueTextEquals("reason"u8)) { reader.Read(); reason = ReadRefundReason(ref reader); }
            else if (reader.ValueTextEquals("date"u8)) { reader.Read(); date = ReadDate(ref reader, "refund.date"); }
            else if (reader.ValueTextEquals("benefitsUsed"u8)) { reader.Read(); benefitsUsed = ReadBool(ref reader, "refund.benefitsUsed"); }
            else { throw Unknown(ref reader, "refund."); }
        }

        return reason is RefundReason known
            ? new RefundRequest(known, date, benefitsUsed)
            : throw new CaseFormatException("refund 缺少 reason（退费原因）。");
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static RefundReason ReadRefundReason(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            if (reader.ValueTextEquals("death"u8)) { return RefundReason.Death; }
            if (reader.ValueTextEquals("moved-out"u8)) { return RefundReason.MovedOut; }
            if (reader.ValueTextEquals("employed"u8)) { return RefundReason.Employed; }
            if (reader.ValueTextEquals("joined-employee-insurance"u8)) { return RefundReason.JoinedEmployeeInsurance; }
            if (reader.ValueTextEquals("conscripted"u8)) { return RefundReason.Conscripted; }
            if (reader.ValueTextEquals("imprisoned"u8)) { return RefundReason.Imprisoned; }
            if (reader.ValueTextEquals("duplicate"u8)) { return RefundReason.Duplicate; }
            if (reader.ValueTextEquals("erroneous"u8)) { return RefundReason.Erroneous; }
            if (reader.ValueTextEquals("wrong-location"u8)) { return RefundReason.WrongLocation; }
        }

        throw new CaseFormatException("refund.reason 应为 death、moved-out、employed、joined-employee-insurance、conscripted、imprisoned、duplicate、erroneous 或 wrong-location 之一。");
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Hukou ReadHukou(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return Hukou.Nonlocal;
        }

        if (reader.TokenType == JsonTokenType.String)
        {
            if (reader.ValueTextEquals("local"u8)) { return Hukou.Local; }
            if (reader.ValueTextEquals("nonlocal"u8)) { return Hukou.Nonlocal; }
        }

        throw new CaseFormatException("person.hukou 应为 \"local\"（本地户籍）或 \"nonlocal\"（外地户籍）。");
    }

    /// <summary>Moves to the next property name of the current object; false at its end.</summary>
    private static bool ReadProperty(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.PropertyName;
    }

    /// <summary>True for null; false when positioned on an object start; throws otherwise.</summary>
    private static bool IsNullOrStartObject(ref Utf8JsonReader reader, string field) => reader.TokenType switch
    {
        JsonTokenType.Null => true,
        JsonTokenType.StartObject => false,
        _ => throw new CaseFormatException($"{field} 应为对象。"),
    };

    private static bool ReadBool(ref Utf8JsonReader reader, string field) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False or JsonTokenType.Null => false,
        _ => throw new CaseFormatException($"{field} 应为 true 或 false。"),
    };

    private static int ReadInt(ref Utf8JsonReader reader, string field)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return 0;
        }

        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value) && value >= 0)
        {
            return value;
        }

        throw new CaseFormatException($"{field} 应为不小于 0 的整数。");
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static DateOnly? ReadDate(ref Utf8JsonReader reader, string field)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && TryParseDate(reader.ValueSpan, out var date))
        {
            return date;
        }

        throw new CaseFormatException($"{field} 应为 yyyy-MM-dd 格式的有效日期，例如 \"2020-03-15\"。");
    }

    /// <summary>Parses exactly <c>yyyy-MM-dd</c> and checks the calendar.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryParseDate(ReadOnlySpan<byte> text, out DateOnly date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return false;
        }

        if (!TryDigits(text[..4], out var year) || !TryDigits(text.Slice(5, 2), out var month) || !TryDigits(text.Slice(8, 2), out var day))
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (var b in digits)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (b - '0');
        }

        return true;
    }

    private static CaseFormatException Unknown(ref Utf8JsonReader reader, string prefix)
        => new($"未知字段：{prefix}{reader.GetString()}。请对照 policy-spec.md 第 2、10 节检查字段名。");
}
