// A small element tree built with Foundation's streaming XMLParser. XPlanGML is read one feature at
// a time: the tree of a feature is handed over when its featureMember closes and then dropped.
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

public final class XMLNode: @unchecked Sendable {
    /// Local name without prefix ("BP_Plan", "posList").
    public let name: String
    public let namespace: String
    public let attributes: [String: String]
    public internal(set) var children: [XMLNode] = []
    public internal(set) var text = ""
    public let line: Int

    init(name: String, namespace: String, attributes: [String: String], line: Int) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
        self.line = line
    }

    public func child(_ name: String) -> XMLNode? { children.first { $0.name == name } }
    public func children(_ name: String) -> [XMLNode] { children.filter { $0.name == name } }
    public var trimmedText: String { text.trimmingCharacters(in: .whitespacesAndNewlines) }

    /// An attribute by local name, whatever its prefix ("gml:id" and "id" both match "id").
    public func attribute(_ local: String) -> String? {
        if let value = attributes[local] { return value }
        return attributes.first { $0.key.hasSuffix(":" + local) }?.value
    }

    public func descendants(_ name: String) -> [XMLNode] {
        var found: [XMLNode] = []
        var stack = children.reversed() as [XMLNode]
        while let node = stack.popLast() {
            if node.name == name { found.append(node) }
            stack.append(contentsOf: node.children.reversed())
        }
        return found
    }
}
