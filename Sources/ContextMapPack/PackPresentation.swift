/// How a pack page is put together: as a document to keep and print (everything inline), or
/// as a page `serve` sends, whose styles and scripts come from the server so that its
/// Content-Security-Policy can forbid anything inline.
public struct PackPresentation: Sendable {
    /// Style sheets to link; when empty the page carries its styles inline.
    public var styleSheets: [String]
    /// Scripts to load (deferred); the pack itself needs none.
    public var scripts: [String]
    /// Trusted HTML put before the pack's header (a server's navigation).
    public var banner: String
    /// The conference screen: large type and the map before the scaling.
    public var isConferenceScreen: Bool

    public init(styleSheets: [String] = [], scripts: [String] = [], banner: String = "", isConferenceScreen: Bool = false) {
        self.styleSheets = styleSheets
        self.scripts = scripts
        self.banner = banner
        self.isConferenceScreen = isConferenceScreen
    }

    /// A self-contained file: styles inline, no scripts, nothing fetched.
    public static let document = PackPresentation()
}
