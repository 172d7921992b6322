/// How a context's harm is drawn on a map: the band sets the line's colour and width, so
/// that the meaning survives a black-and-white print.
public enum HarmBand: String, CaseIterable, Sendable {
    /// Linked but not yet scaled: a gap for the conference to fill.
    case unscaled
    /// Below the concern threshold.
    case lower
    /// At or above the concern threshold (default 5).
    case concern
    /// At or above the significant threshold (default 7).
    case significant

    /// The band of a harm under the analysis's thresholds; `nil` harm is unscaled.
    public init(harm: Double?, options: AnalysisOptions) {
        guard let harm else { self = .unscaled; return }
        if Figures.reaches(harm, options.significant) {
            self = .significant
        } else if Figures.reaches(harm, options.concern) {
            self = .concern
        } else {
            self = .lower
        }
    }
}
