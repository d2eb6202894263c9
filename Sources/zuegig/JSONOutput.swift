// A small JSON value for command output (sorted keys, pretty printed).
import Foundation

indirect enum JSONOutput {
    case string(String), int(Int), double(Double), bool(Bool), null
    case array([JSONOutput]), object([String: JSONOutput])
    case raw(Any)

    static func encodable(_ value: some Encodable) -> JSONOutput {
        let data = (try? JSONEncoder().encode(value)) ?? Data("null".utf8)
        return .raw((try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])) ?? NSNull())
    }

    var foundation: Any {
        switch self {
        case .string(let value): value
        case .int(let value): value
        case .double(let value): (value * 10000).rounded() / 10000
        case .bool(let value): value
        case .null: NSNull()
        case .array(let values): values.map(\.foundation)
        case .object(let values): values.mapValues(\.foundation)
        case .raw(let value): value
        }
    }

    static func print(_ value: JSONOutput) throws {
        let data = try JSONSerialization.data(withJSONObject: value.foundation, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        FileHandle.standardOutput.write(data)
        FileHandle.standardOutput.write(Data("\n".utf8))
    }
}
