import ContextMap

/// How `serve` runs: set from the command line.
public struct ServeSettings: Sendable {
    /// Thresholds and role weights for the figures, as the other commands take them.
    public var analysisOptions: AnalysisOptions
    /// Mark cookies `Secure`: set when a TLS proxy stands in front of `serve`.
    public var secureCookies: Bool

    public init(analysisOptions: AnalysisOptions = AnalysisOptions(), secureCookies: Bool = false) {
        self.analysisOptions = analysisOptions
        self.secureCookies = secureCookies
    }
}
