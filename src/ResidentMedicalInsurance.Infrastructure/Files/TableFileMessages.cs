namespace ResidentMedicalInsurance.Infrastructure.Files;

/// <summary>
/// The zh-CN texts of <see cref="TableFileException"/>: each says what is wrong and what to do. They are
/// shown to the clerk who uploaded the file, as they are (the upload pages are Chinese-only for now).
/// </summary>
internal static class TableFileMessages
{
    public const int HeaderSearchRows = 30;

    public const string NotXlsxOrCsv = "只能导入 .xlsx 或 .csv 文件，请另存为 Excel 工作簿（.xlsx）后重新上传。";

    public const string OldXls =
        "这是旧版 Excel 97-2003 工作簿（.xls），无法直接导入。只能导入 .xlsx 或 .csv 文件，请在 Excel 中“另存为”Excel 工作簿（.xlsx）后重新上传。";

    public const string EmptyFile = "文件是空的（0 字节），请检查是否选错了文件，或在 Excel 中保存后重新上传。";

    public const string EmptyCsv = "文件中没有任何内容，请检查是否选错了文件，或使用页面上的模板填写后重新上传。";

    public const string EmptySheet = "工作簿的第一个工作表是空的。请把名单放在第一个工作表中，或使用页面上的模板填写后重新上传。";

    public const string NotAWorkbook =
        "文件无法作为 Excel 工作簿打开：它可能已损坏，或者只是把扩展名改成了 .xlsx。请在 Excel 中打开文件，“另存为”Excel 工作簿（.xlsx）后重新上传。";

    public const string EncryptedOrOldFormat =
        "文件无法作为 Excel 工作簿打开：它设置了打开密码，或者其实是旧版 .xls 文件。请在 Excel 中取消密码，“另存为”Excel 工作簿（.xlsx）后重新上传。";

    public static string BrokenAfter(int rowNumber) =>
        $"文件读到第 {rowNumber} 行后无法继续读取，可能已损坏。请在 Excel 中打开文件，“另存为”Excel 工作簿（.xlsx）后重新上传。";

    public static string BrokenCsv(long rowNumber) =>
        $"CSV 文件第 {rowNumber} 行格式有误（多半是引号不成对），请在 Excel 中打开检查，或另存为 Excel 工作簿（.xlsx）后重新上传。";

    public static string NoHeader(IEnumerable<string> missingTitles) =>
        $"在文件前 {HeaderSearchRows} 行中没有找到表头，缺少列：{string.Join("、", missingTitles)}。请使用页面上的模板，或把这些列的标题改成模板中的写法后重新上传。";
}
