// Why a file could not be read as a development plan (German, shown to administrators).
public enum XPlanError: Error, Equatable, Sendable, CustomStringConvertible {
    case notXML(line: Int, reason: String)
    case notXPlanGML(root: String)
    case unsupportedVersion(namespace: String)
    case noPlan
    case tooLarge(bytes: Int, limit: Int)

    public var description: String {
        switch self {
        case .notXML(let line, let reason):
            "Die Datei ist kein gültiges XML (Zeile \(line)): \(reason)"
        case .notXPlanGML(let root):
            "Die Datei ist kein XPlanGML: erwartet wird das Wurzelelement XPlanAuszug, gefunden \(root)."
        case .unsupportedVersion(let namespace):
            "Die XPlanGML-Version (Namensraum \(namespace.isEmpty ? "keiner" : namespace)) wird nicht unterstützt; gelesen werden 5.0 bis 6.0."
        case .noPlan:
            "Die Datei enthält keinen Bebauungsplan (BP_Plan)."
        case .tooLarge(let bytes, let limit):
            "Die Datei ist mit \(bytes / 1_048_576) MB größer als die erlaubten \(limit / 1_048_576) MB."
        }
    }
}
