// Upper bounds for imported statements, so one hostile or broken file cannot exhaust memory or time.

public enum StatementImportLimits {
    /// Characters (grapheme clusters) in one statement's text. Real statements, even long objections by
    /// lawyers, stay far below this; more is almost always a mis-parsed file. Longer -> a problem for that record.
    public static let maxTextLength = 100_000
    /// Records in one CSV or JSONL file, and .eml files in one folder. More -> the whole import throws,
    /// because the file should be split rather than half imported.
    public static let maxRecords = 200_000
    /// Physical header lines in one e-mail, counted over all its MIME parts. More -> the e-mail is rejected.
    public static let maxHeaderLines = 1_000
    /// Nesting depth of multipart bodies in one e-mail. Mail programs nest three or four levels deep.
    public static let maxMIMEDepth = 20
}
