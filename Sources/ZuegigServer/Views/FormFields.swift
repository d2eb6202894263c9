// Accessible form parts: labelled inputs with hints and errors tied by aria-describedby.
import Plot

enum FormFields {
    static func csrf(_ context: PageContext) -> Node<HTML.FormContext> {
        .input(.type(.hidden), .name(CSRF.fieldName), .value(context.csrfToken))
    }

    static func input(
        label: String, name: String, type: HTMLInputType, value: String = "", autocomplete: String,
        errors: [String] = [], hint: String? = nil, maxLength: Int
    ) -> Node<HTML.FormContext> {
        let describedBy = [hint == nil ? nil : "\(name)-hinweis", errors.isEmpty ? nil : "\(name)-fehler"].compactMap { $0 }
        var attributes: [Attribute<HTML.InputContext>] = [
            .type(type), .name(name), .id(name), .required(true),
            Attribute(name: "autocomplete", value: autocomplete),
            Attribute(name: "maxlength", value: String(maxLength)),
        ]
        if type != .password { attributes.append(.value(value)) }
        if !describedBy.isEmpty { attributes.append(Attribute(name: "aria-describedby", value: describedBy.joined(separator: " "))) }
        if !errors.isEmpty { attributes.append(Attribute(name: "aria-invalid", value: "true")) }
        return .div(
            .label(.for(name), .text(label)),
            .unwrap(hint) { .p(.class("hint"), .id("\(name)-hinweis"), .text($0)) },
            .if(!errors.isEmpty, .div(.id("\(name)-fehler"), .forEach(errors) { .p(.class("field-error"), .text($0)) })),
            .selfClosedElement(named: "input", attributes: attributes)
        )
    }

    /// A labelled drop-down list; `options` are (value, visible text).
    static func select<Context>(label: String, name: String, options: [(String, String)], selected: String?) -> Node<Context> {
        let optionNodes: [Node<HTML.SelectContext>] = options.map { value, text in
            .element(named: "option", nodes: [
                .attribute(named: "value", value: value),
                value == selected ? .attribute(named: "selected", value: "selected") : .empty,
                .text(text),
            ])
        }
        let labelNodes: [Node<HTML.LabelContext>] = [.attribute(named: "for", value: name), .text(label)]
        let selectNodes: [Node<HTML.SelectContext>] = [.attribute(named: "name", value: name), .attribute(named: "id", value: name)] + optionNodes
        return .element(named: "div", nodes: [
            Node<Context>.element(named: "label", nodes: labelNodes),
            Node<Context>.element(named: "select", nodes: selectNodes),
        ])
    }

    /// The summary at the top of a form, so screen-reader users learn at once that something failed.
    static func errorSummary(_ message: String?) -> Node<HTML.BodyContext> {
        .unwrap(message) { text in
            .div(
                .class("error-summary"), .attribute(named: "role", value: "alert"),
                .h2("Es ist ein Problem aufgetreten"),
                .p(.text(text))
            )
        }
    }
}
