import ArgumentParser
import ContextMap

/// The thresholds and date behind the figures; the defaults are the data contract's.
struct FigureOptions: ParsableArguments {
    @Option(name: [.customLong("as-of"), .customLong("until")],
            help: ArgumentHelp("The date the figures describe, the end of a window (default: the latest scaling date).", valueName: "YYYY-MM-DD"),
            transform: DayArgument.parse)
    var asOf: Day?

    @Option(name: .long, help: ArgumentHelp("The start of a window: scaling before this date is not used.", valueName: "YYYY-MM-DD"),
            transform: DayArgument.parse)
    var since: Day?

    @Option(name: .long, help: "Harm (0–10) at or above which a young person counts towards hotspots and clusters.")
    var concern: Double = 5

    @Option(name: .long, help: "Harm (0–10) at or above which a context is flagged significant.")
    var significant: Double = 7

    @Option(name: .long, help: "How many young people make a place a hotspot.")
    var minYoungPeople: Int = 2

    @Option(name: .long, help: "Weight of the young person's voice when role harms are combined.")
    var youngPersonWeight: Double = 1

    @Option(name: .long, help: "Weight of the parent/carer's voice.")
    var parentCarerWeight: Double = 1

    @Option(name: .long, help: "Weight of the partner agencies' voice (all agencies together).")
    var agencyWeight: Double = 1

    func validate() throws {
        try DayArgument.checkSpan(since: since, until: asOf)
        guard (0...10).contains(concern) else { throw ValidationError("--concern must be from 0 to 10.") }
        guard (0...10).contains(significant) else { throw ValidationError("--significant must be from 0 to 10.") }
        guard minYoungPeople >= 1 else { throw ValidationError("--min-young-people must be 1 or more.") }
        for (name, weight) in [("young-person", youngPersonWeight), ("parent-carer", parentCarerWeight), ("agency", agencyWeight)]
        where !(weight > 0 && weight.isFinite) {
            throw ValidationError("--\(name)-weight must be a number above 0.")
        }
    }

    var analysisOptions: AnalysisOptions {
        AnalysisOptions(
            asOf: asOf, since: since, concern: concern, significant: significant, minYoungPeople: minYoungPeople,
            roleWeights: RoleWeights(youngPerson: youngPersonWeight, parentCarer: parentCarerWeight, partnerAgency: agencyWeight))
    }

    /// The figures for `dataset`. When `--since` falls after the latest scaling date, no
    /// scaling is in the window: every harm is empty, and a warning says why rather than
    /// leaving an empty report to be trusted.
    func analysis(of dataset: Dataset, options: AnalysisOptions? = nil) -> Analysis {
        let analysis = Analysis(dataset: dataset, options: options ?? analysisOptions)
        if let since, let latest = dataset.scaling.latestDate, latest < since {
            Terminal.error("warning: --since \(since) is after \(latest), the latest scaling date: no scaling is in the window, so no harm is shown.")
        }
        return analysis
    }
}
