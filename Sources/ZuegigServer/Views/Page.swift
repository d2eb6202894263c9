// A page is a view model that knows its title and its main content; the layout does the rest.
import Plot

protocol Page: Sendable {
    var title: String { get }
    var context: PageContext { get }
    var main: Node<HTML.BodyContext> { get }
}
