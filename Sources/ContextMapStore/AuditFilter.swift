import ContextMap

/// Which entries of the audit trail to show: all by default. Days are whole UTC days, as the
/// trail's times are written.
public struct AuditFilter: Sendable, Equatable {
    public var since: Day?
    public var until: Day?
    public var who: String?
    public var action: String?
    /// Entries that showed this young person's records: those whose detail names them (a
    /// map, a pack, a weighting of them), and those that showed everyone's (an export, a
    /// backup, every conference pack, a weighting, plan or replaced rows of all).
    public var youngPerson: String?
    /// Only the latest this many, still oldest first.
    public var last: Int?

    public init(since: Day? = nil, until: Day? = nil, who: String? = nil, action: String? = nil,
                youngPerson: String? = nil, last: Int? = nil) {
        self.since = since
        self.until = until
        self.who = who
        self.action = action
        self.youngPerson = youngPerson
        self.last = last
    }

    /// The SQL condition and its arguments, in order.
    var condition: (sql: String, arguments: [String]) {
        var clauses = ["1"]
        var arguments: [String] = []
        if let since {
            clauses.append("substr(at, 1, 10) >= ?")
            arguments.append(since.description)
        }
        if let until {
            clauses.append("substr(at, 1, 10) <= ?")
            arguments.append(until.description)
        }
        if let who {
            clauses.append("who = ?")
            arguments.append(who)
        }
        if let action {
            // `hotspots` also finds `hotspots --emerging`.
            clauses.append("(action = ? OR substr(action, 1, length(?) + 1) = ? || ' ')")
            arguments += [action, action, action]
        }
        if let youngPerson {
            // Details hold ids separated by spaces (`YP01 YP03`), or a page's path
            // (`GET /young-people/YP03/conference`): the id is matched as a whole word.
            clauses.append("(instr(' ' || replace(detail, '/', ' ') || ' ', ?) > 0 "
                + "OR action IN ('export', 'backup', 'render-all', 'validate') OR (action IN ('weigh', 'plan', 'replaced') AND detail IS NULL))")
            arguments.append(" " + youngPerson + " ")
        }
        return (clauses.joined(separator: " AND "), arguments)
    }
}
