import ContextMap

/// A conference pack as one self-contained HTML page: styles and the map inline, no scripts,
/// nothing fetched from anywhere, every piece of recorded text escaped and isolated for
/// right-to-left scripts. Written in words a young person and their parent can follow.
public struct PackPage {
    public let pack: ConferencePack
    public let presentation: PackPresentation

    public init(pack: ConferencePack, presentation: PackPresentation = .document) {
        self.pack = pack
        self.presentation = presentation
    }

    /// The pack's style sheet, for a server that links it instead of inlining it.
    public static var styleSheet: String { PackStyle.css }

    /// The agenda, in the order a conference takes it: anchors and headings.
    static let agenda: [(anchor: String, title: String)] = [
        ("young-person", "What the young person says"),
        ("family", "What the family says"),
        ("professionals", "What the professionals say"),
        ("map", "The map of places and people"),
        ("weighting", "Which place most needs to change"),
        ("changes", "What has changed since the last review"),
        ("plan", "The plan"),
        ("shared-places", "Places shared with other young people"),
    ]

    /// The agenda's sections in the order this presentation shows them: the conference
    /// screen opens on the map, which the room looks at while the young person speaks.
    public var agendaAnchors: [String] { order.map { Self.agenda[$0].anchor } }

    private var order: [Int] { presentation.isConferenceScreen ? [3, 0, 1, 2, 4, 5, 6, 7] : Array(0..<8) }

    public var html: String {
        let parts = self.parts
        return parts.head + presentation.banner + parts.body
    }

    /// The page on either side of the banner: a server keeps these for each young person and
    /// puts each signed-in person's own banner between them.
    public var parts: (head: String, body: String) {
        var head = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        head += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        head += "<title>\(presentation.isConferenceScreen ? "Conference screen" : "Conference pack"): \(text(name))</title>\n"
        if presentation.styleSheets.isEmpty {
            head += "<style>\n\(PackStyle.css)</style>\n"
        }
        for sheet in presentation.styleSheets { head += "<link rel=\"stylesheet\" href=\"\(text(sheet))\">\n" }
        for script in presentation.scripts { head += "<script src=\"\(text(script))\" defer></script>\n" }
        head += "</head>\n<body\(presentation.isConferenceScreen ? " class=\"conference\"" : "")>\n"
        var body = header()
        for number in order { body += section(number, self.body(of: number)) }
        body += "<footer><p>Made by ContextMap from the scaling recorded up to \(asOf). Figures follow the "
            + "ContextMap data contract: harm runs from 0 (safe) to 10 (harm is certain).</p></footer>\n"
        return (head, body + "</body>\n</html>\n")
    }

    private func body(of number: Int) -> String {
        switch number {
        case 0: youngPersonSays()
        case 1: familySays()
        case 2: professionalsSay()
        case 3: map()
        case 4: weighting()
        case 5: changes()
        case 6: plan()
        default: sharedPlaces()
        }
    }

    // MARK: the parts

    private var dataset: Dataset { pack.analysis.dataset }
    private var name: String { dataset.youngPeople.names[pack.youngPerson] ?? dataset.youngPeople.ids[pack.youngPerson] }
    private var asOf: String { pack.analysis.asOf.map { "\($0)" } ?? "no date (nothing has been scaled yet)" }

    private func header() -> String {
        var out = "<header>\n<h1>Conference pack for <bdi>\(text(name))</bdi></h1>\n"
        out += "<p class=\"meta\">Reference <bdi>\(text(dataset.youngPeople.ids[pack.youngPerson]))</bdi> · scaling up to \(asOf)"
        if let worker = dataset.youngPeople.allocatedWorkers[pack.youngPerson] {
            out += " · allocated worker <bdi>\(text(worker))</bdi>"
        }
        out += "</p>\n<p>This pack is about the places and people around <bdi>\(text(name))</bdi> and how safe they are. "
            + "It starts with what <bdi>\(text(name))</bdi> said, then the family, then the professionals.</p>\n"
        out += "<nav aria-label=\"Agenda\"><ol>"
        for number in order {
            let (anchor, title) = Self.agenda[number]
            out += "<li><a href=\"#\(anchor)\">\(title)</a></li>"
        }
        return out + "</ol></nav>\n</header>\n"
    }

    private func section(_ number: Int, _ body: String) -> String {
        let (anchor, title) = Self.agenda[number]
        return "<section id=\"\(anchor)\" aria-labelledby=\"\(anchor)-title\">\n"
            + "<h2 id=\"\(anchor)-title\"><span class=\"number\">\(number + 1).</span> \(title)</h2>\n\(body)</section>\n"
    }

    private func youngPersonSays() -> String {
        let voices = pack.voices[.youngPerson] ?? []
        guard !voices.isEmpty else { return "<p>No scaling from <bdi>\(text(name))</bdi> is recorded yet.</p>\n" }
        return "<p>How safe <bdi>\(text(name))</bdi> feels in each place, in their own words.</p>\n" + voiceTable(voices, showWho: false)
    }

    private func familySays() -> String {
        let voices = pack.voices[.parentCarer] ?? []
        guard !voices.isEmpty else { return "<p>No scaling from a parent or carer is recorded yet.</p>\n" }
        return "<p>What the family see in each place. Parents and carers are partners in keeping "
            + "<bdi>\(text(name))</bdi> safe.</p>\n" + voiceTable(voices, showWho: true)
    }

    private func professionalsSay() -> String {
        let voices = pack.voices[.partnerAgency] ?? []
        guard !voices.isEmpty else { return "<p>No scaling from a professional is recorded yet.</p>\n" }
        var out = ""
        var agencies: [String] = []
        for voice in voices where !agencies.contains(voice.respondent ?? "") { agencies.append(voice.respondent ?? "") }
        for agency in agencies {
            out += "<h3><bdi>\(text(agency.isEmpty ? "Agency not recorded" : agency))</bdi></h3>\n"
            out += voiceTable(voices.filter { ($0.respondent ?? "") == agency }, showWho: false)
        }
        return out
    }

    private func voiceTable(_ voices: [ScaledVoice], showWho: Bool) -> String {
        var out = "<table>\n<thead><tr><th scope=\"col\">Place</th>" + (showWho ? "<th scope=\"col\">Who</th>" : "")
            + "<th scope=\"col\">Score</th><th scope=\"col\">When</th><th scope=\"col\">In their words</th></tr></thead>\n<tbody>\n"
        for voice in voices {
            out += "<tr><th scope=\"row\">\(place(voice.context))</th>"
            if showWho { out += "<td><bdi>\(text(voice.respondent ?? "Not recorded"))</bdi></td>" }
            out += "<td class=\"number\">\(voice.score) out of 10<br><span class=\"small\">\(scaleWords(voice.scale))</span></td>"
            out += "<td>\(voice.date)</td><td><bdi>\(text(voice.words ?? ""))</bdi></td></tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    private func scaleWords(_ scale: Scale) -> String {
        switch scale {
        case .safety: "10 is safe"
        case .risk: "10 is the most risk"
        }
    }

    private func map() -> String {
        "<figure class=\"map\">\n\(Self.inline(svg: pack.mapSVG))\n<figcaption>Each place around <bdi>\(text(name))</bdi>: "
            + "thicker, darker lines mean more harm; dashed lines are places not scaled yet.</figcaption>\n</figure>\n"
    }

    private func weighting() -> String {
        let entries = pack.weighting.entries
        guard !entries.isEmpty else { return "<p>No places are linked yet.</p>\n" }
        let agreed = pack.weighting.agreed
        var out = "<p>The share of all the harm recorded for <bdi>\(text(name))</bdi> that each place holds. "
            + "The place with the largest share is where change would make the most difference.</p>\n"
        out += "<table>\n<thead><tr><th scope=\"col\">Place</th><th scope=\"col\">Harm (0–10)</th>"
            + "<th scope=\"col\">Share the scaling proposes</th><th scope=\"col\">"
        if let agreed {
            out += "Share agreed on \(agreed.date)" + (agreed.agreedBy.map { " by <bdi>\(text($0))</bdi>" } ?? "")
        } else {
            out += "Share agreed (none yet)"
        }
        out += "</th></tr></thead>\n<tbody>\n"
        for entry in entries {
            out += "<tr><th scope=\"row\">\(place(entry.context))</th>"
            out += "<td class=\"number\">\(entry.harm.map { NumberText.fixed($0.harm, places: 1) } ?? "not scaled")</td>"
            out += "<td class=\"number\">\(percent(entry.share))</td><td class=\"number\">\(percent(entry.agreedShare))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    private func changes() -> String {
        let scaled = pack.histories.filter { !$0.harms.isEmpty }
        guard !scaled.isEmpty else { return "<p>Nothing has been scaled yet.</p>\n" }
        var out = "<table>\n<thead><tr><th scope=\"col\">Place</th><th scope=\"col\">Harm at each review</th>"
            + "<th scope=\"col\">Since the last review</th></tr></thead>\n<tbody>\n"
        for history in scaled {
            let placeName = dataset.contexts.names[history.context]
            out += "<tr><th scope=\"row\">\(place(history.context))</th><td>\(HarmChart.svg(history.harms, place: placeName))"
            out += "<br><span class=\"small\">" + history.harms.map { "\($0.day): \(NumberText.fixed($0.harm, places: 1))" }.joined(separator: " · ")
            out += "</span></td><td>\(PersonMap.trendWords(history.trend))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    private func plan() -> String {
        var out = ""
        if let focus = pack.focus.contextualFocus {
            out += "<p class=\"focus\">\(pack.focus.contextActions) of \(pack.focus.activeActions) active actions aim to change a place "
                + "or group outside the home (contextual focus \(NumberText.fixed(focus, places: 0)) %).</p>\n"
        } else {
            out += "<p class=\"focus\">No active actions yet.</p>\n"
        }
        let groups: [(PlanTarget, String)] = [(.context, "Changing places and groups"),
                                              (.youngPerson, "Support for \(text(name))"),
                                              (.parentCarer, "Support for the family")]
        for (target, heading) in groups {
            let actions = pack.actions.filter { $0.target == target }
            guard !actions.isEmpty else { continue }
            out += "<h3><bdi>\(heading)</bdi></h3>\n<table>\n<thead><tr><th scope=\"col\">Action</th>"
                + (target == .context ? "<th scope=\"col\">Place</th>" : "")
                + "<th scope=\"col\">Who</th><th scope=\"col\">By</th><th scope=\"col\">Where it stands</th></tr></thead>\n<tbody>\n"
            for action in actions {
                out += "<tr><td><bdi>\(text(action.action))</bdi></td>"
                if target == .context { out += "<td>\(action.context.map(place) ?? "")</td>" }
                out += "<td><bdi>\(text(action.owner ?? ""))</bdi></td><td>\(action.due.map { "\($0)" } ?? "")</td>"
                out += "<td>\(statusWords(action.status))</td></tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }
        let untargeted = pack.focus.untargetedContexts
        if !untargeted.isEmpty {
            out += "<h3>Places with a large share of the harm that no action aims at yet</h3>\n<ul>\n"
            for entry in untargeted { out += "<li>\(place(entry.context)) (\(percent(entry.share)))</li>\n" }
            out += "</ul>\n"
        }
        return out
    }

    private func statusWords(_ status: ActionStatus?) -> String {
        switch status {
        case .planned?: "planned"
        case .inProgress?: "in progress"
        case .done?: "done"
        case .dropped?: "dropped"
        case nil: "not recorded"
        }
    }

    private func sharedPlaces() -> String {
        guard !pack.sharedPlaces.isEmpty else { return "<p>No other young people we know of are linked to these places.</p>\n" }
        var out = "<p>Other young people known to services are linked to some of the same places. They are counted, "
            + "never named; a count from 1 to 5 is shown as “a few”, so that no one can be recognised.</p>\n"
        out += "<table>\n<thead><tr><th scope=\"col\">Place</th><th scope=\"col\">Other young people linked</th>"
            + "<th scope=\"col\">For whom it is a worry</th></tr></thead>\n<tbody>\n"
        for shared in pack.sharedPlaces {
            out += "<tr><th scope=\"row\">\(place(shared.context))</th><td class=\"number\">\(count(shared.othersLinked))</td>"
            out += "<td class=\"number\">\(count(shared.othersOfConcern))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    // MARK: words and numbers

    private func place(_ context: Int) -> String { "<bdi>\(text(dataset.contexts.names[context]))</bdi>" }

    private func percent(_ share: Double?) -> String { share.map { NumberText.fixed($0, places: 0) + " %" } ?? "–" }

    /// A count of other young people, small ones suppressed.
    private func count(_ value: Int) -> String {
        SuppressedCount.total(value).map(String.init) ?? "a few"
    }

    private func text(_ value: String) -> String { XMLText.escaped(value) }

    /// Graphviz's SVG document without its XML declaration and doctype (which would name an
    /// external DTD), ready to sit inside the page.
    public static func inline(svg: String) -> String {
        guard let start = svg.range(of: "<svg") else { return "" }
        return String(svg[start.lowerBound...])
    }
}
