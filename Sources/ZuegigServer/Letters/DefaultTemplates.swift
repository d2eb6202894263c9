// The letter templates an authority starts with; it can replace them with its own wording.

enum DefaultTemplates {
    static let decisionName = "decision"

    /// Mustache, rendered as text. Lines starting with "# " become headings, "- " list items.
    static let decision = """
    {{authorityName}}
    Aktenzeichen: {{caseNumber}}
    Datum: {{date}}

    # {{decisionTitle}}

    Bauherrschaft: {{applicantName}}
    {{#architectName}}
    Entwurfsverfasser:in: {{architectName}}
    {{/architectName}}
    Vorhaben: {{title}}
    Baugrundstück: {{siteAddress}}{{#parcel}} ({{parcel}}){{/parcel}}
    Verfahren: {{procedureName}} ({{procedureLegalBasis}})

    # Entscheidung
    {{decisionText}}

    {{#hasConditions}}
    # Nebenbestimmungen
    {{#conditions}}
    - {{.}}
    {{/conditions}}

    {{/hasConditions}}
    # Begründung
    {{reasons}}

    # Gebühr
    Für diese Entscheidung wird eine Gebühr von {{fee}} festgesetzt ({{feeExplanation}}).

    # Rechtsbehelfsbelehrung
    Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich, in elektronischer Form nach § 3a Abs. 2 VwVfG oder zur Niederschrift bei der {{authorityName}} einzulegen.

    Im Auftrag
    {{approverName}}
    """
}
