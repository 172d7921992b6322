import ContextMap
import Foundation

/// Small pieces of HTML shared by the pages. Recorded text only ever enters a page through
/// `text`, which escapes it and isolates its direction (names may be in right-to-left scripts).
enum HTML {
    static func text(_ value: String) -> String { "<bdi>\(XMLText.escaped(value))</bdi>" }

    static func escaped(_ value: String) -> String { XMLText.escaped(value) }

    /// A path segment for an id: anything but RFC 3986's unreserved characters
    /// percent-encoded (so `/`, `?`, `#` and `%` in an id stay inside the segment).
    static func pathSegment(_ id: String) -> String {
        id.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    /// The link to a young person's page.
    static func youngPersonPath(_ id: String, _ suffix: String = "") -> String { "/young-people/\(pathSegment(id))\(suffix)" }
}
