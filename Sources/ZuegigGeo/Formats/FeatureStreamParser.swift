// Streams a GML feature collection: reports the root element, then every member feature as an
// element tree. Memory stays proportional to the largest feature, not to the file.
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

final class FeatureStreamParser: NSObject, XMLParserDelegate {
    private(set) var root: XMLNode?
    private var stack: [XMLNode] = []
    private var textBuffer = ""
    private let onFeature: (XMLNode) -> Void
    /// The first error the parser reported, with its line.
    private(set) var firstError: (line: Int, code: Int)?

    init(onFeature: @escaping (XMLNode) -> Void) {
        self.onFeature = onFeature
    }

    static let memberNames: Set<String> = ["featureMember", "member", "featureMembers"]

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        flushText()
        let local = elementName.split(separator: ":").last.map(String.init) ?? elementName
        let node = XMLNode(name: local, namespace: namespaceURI ?? "", attributes: attributes, line: parser.lineNumber)
        if root == nil {
            root = node
        } else if let parent = stack.last, !isMemberOrFeature(depth: stack.count, name: local) {
            parent.children.append(node)
        }
        stack.append(node)
    }

    /// Member elements under the root and the features inside them are not attached to their parent.
    private func isMemberOrFeature(depth: Int, name: String) -> Bool {
        (depth == 1 && Self.memberNames.contains(name)) || (depth == 2 && Self.memberNames.contains(stack[1].name))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        flushText()
        guard let node = stack.popLast() else { return }
        // A feature is the child of a member element directly under the root.
        if stack.count == 2, Self.memberNames.contains(stack[1].name) {
            onFeature(node)
        }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        if firstError == nil { firstError = (parser.lineNumber, (parseError as NSError).code) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        textBuffer += string
    }

    private func flushText() {
        guard !textBuffer.isEmpty else { return }
        if let node = stack.last { node.text += textBuffer }
        textBuffer = ""
    }
}
