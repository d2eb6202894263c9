// One line of a JSON Lines statement file, as decoded; "id" may be a string or a number.

struct StatementJSONLine: Decodable {
    var id: String?
    var text: String?
    var name: String?
    var address: String?
    var email: String?
    var date: String?
    var channel: String?

    private enum CodingKeys: String, CodingKey { case id, text, name, address, email, date, channel }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        text = try container.decodeIfPresent(String.self, forKey: .text)
        name = try container.decodeIfPresent(String.self, forKey: .name)
        address = try container.decodeIfPresent(String.self, forKey: .address)
        email = try container.decodeIfPresent(String.self, forKey: .email)
        date = try container.decodeIfPresent(String.self, forKey: .date)
        channel = try container.decodeIfPresent(String.self, forKey: .channel)
        if try !container.contains(.id) || container.decodeNil(forKey: .id) {
            id = nil
        } else if let string = try? container.decode(String.self, forKey: .id) {
            id = string
        } else if let integer = try? container.decode(Int64.self, forKey: .id) {
            id = String(integer)
        } else {
            id = String(try container.decode(Double.self, forKey: .id))
        }
    }

    var fields: StatementRecordFields {
        StatementRecordFields(id: id, text: text, name: name, address: address, email: email, date: date, channel: channel)
    }
}
