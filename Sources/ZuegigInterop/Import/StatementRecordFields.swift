// The raw values of one CSV row or JSONL line, before they are checked and turned into a statement.

struct StatementRecordFields {
    var id: String?
    var text: String?
    var name: String?
    var address: String?
    var email: String?
    var date: String?
    var channel: String?
}
