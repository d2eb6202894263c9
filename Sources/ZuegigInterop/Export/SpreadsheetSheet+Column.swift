// A column of an exported worksheet: its header title and, optionally, its width.

extension SpreadsheetSheet {
    public struct Column: Sendable, Hashable {
        public var title: String
        /// In characters of the default font, as Excel's column width dialog counts them; nil keeps Excel's default.
        /// Text longer than the width wraps within the cell.
        public var width: Double?

        public init(title: String, width: Double? = nil) {
            self.title = title
            self.width = width
        }
    }
}
