import ContextMap

/// Everything a Risk Outside The Home conference goes through for one young person, in the
/// agenda's order: the young person's own scaling first, then the family's, then each
/// agency's; the map; the weighting the scaling proposes beside the one last agreed; what
/// changed since the last review; the plan; and the places they share with others, as
/// counts only.
public struct ConferencePack: Sendable {
    public let analysis: Analysis
    public let youngPerson: Int
    /// Each voice's latest scaling of each context, by role, in the weighting's order.
    public let voices: [RespondentRole: [ScaledVoice]]
    /// The context map, an SVG document drawn by Graphviz.
    public let mapSVG: String
    public let weighting: ContextWeighting
    public let histories: [ContextHistory]
    public let actions: [PlanAction]
    public let focus: PlanFocus
    public let sharedPlaces: [SharedPlace]

    /// - Parameter mapSVG: the young person's context map as SVG (`PersonMap`'s DOT, drawn).
    public init(analysis: Analysis, youngPerson: Int, mapSVG: String) {
        self.analysis = analysis
        self.youngPerson = youngPerson
        self.mapSVG = mapSVG
        weighting = analysis.weighting(of: youngPerson)
        let links = weighting.entries.map(\.link)
        voices = Self.voices(links: links, analysis: analysis)
        histories = weighting.entries.map { entry in
            ContextHistory(context: entry.context, harms: analysis.harmHistory(of: entry.link), trend: entry.harm?.trend)
        }
        actions = analysis.dataset.planActions.filter { $0.youngPerson == youngPerson }
        focus = analysis.planFocus(of: youngPerson)
        sharedPlaces = analysis.sharedPlaces(of: youngPerson)
    }

    /// For each link and role, the rows of that role's latest scaling date in the window.
    private static func voices(links: [Int], analysis: Analysis) -> [RespondentRole: [ScaledVoice]] {
        let scaling = analysis.dataset.scaling
        var voices: [RespondentRole: [ScaledVoice]] = [:]
        for link in links {
            let context = Int(analysis.dataset.links.context[link])
            let rows = scaling.byLink[link].filter { analysis.isInWindow(scaling.dates[$0]) }
            for role in RespondentRole.allCases {
                let own = rows.filter { scaling.roles[$0] == role }
                guard let latest = own.map({ scaling.dates[$0] }).max() else { continue }
                for row in own where scaling.dates[row] == latest {
                    voices[role, default: []].append(ScaledVoice(
                        context: context, role: role, respondent: scaling.respondentName(at: row), date: latest,
                        score: Int(scaling.scores[row]), scale: scaling.scales[row], words: scaling.commentText(at: row)))
                }
            }
        }
        return voices
    }
}
