import ArgumentParser
import ContextMap

/// The thresholds and date behind the figures; the defaults are the data contract's.
struct FigureOptions: ParsableArguments {
    @Option(name: [.customLong("as-of"), .customLong("until")],
            help: ArgumentHelp("The date the figures describe, the end of a window (default: the latest scaling date).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    @Option(name: .long, help: ArgumentHelp("The start of a window: scaling before this date is not used.", valueName: "YYYY-MM-DD"))
    var since: String?

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
        if let asOf, Day(asOf) == nil { throw ValidationError("--as-of \"\(asOf)\" is not a date; expected YYYY-MM-DD.") }
        if let since, Day(since) == nil { throw ValidationError("--since \"\(since)\" is not a date; expected YYYY-MM-DD.") }
        if let since = since.flatMap(Day.init), let until = asOf.flatMap(Day.init), until < since {
            throw ValidationError("--since \(since) is after --until \(until).")
        }
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
            asOf: asOf.flatMap { Day($0) }, since: since.flatMap { Day($0) }, concern: concern, significant: significant, minYoungPeople: minYoungPeople,
            roleWeights: RoleWeights(youngPerson: youngPersonWeight, parentCarer: parentCarerWeight, partnerAgency: agencyWeight))
    }
}
