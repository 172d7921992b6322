import ContextMap
import Foundation
import ContextMapCSV

/// How an import's rows about one young person join what their case record already holds,
/// table by table.
///
/// Links, peer links and plan actions are matched by identity (`RowKeys`): a new key is
/// added, a changed row replaces the stored one in place. Scaling rows are reviews: the
/// incoming rows for one context and date replace the stored rows of that context and date
/// when the two differ as multisets, and a new date is added. Agreed shares are replaced
/// the same way, a young person's weighting of one date at a time. Every stored row that is
/// replaced is handed back, to be kept.
enum CaseRecordMerge {
    struct Result {
        var rows: [[String?]]
        var added = 0
        var updated = 0
        /// Plan actions added, or whose status changed (with the status before): what their
        /// history records.
        var statusChanges: [(row: [String?], isNew: Bool, earlier: String?)] = []
        /// The stored rows the import replaced, as they were: kept in `replaced_rows`.
        var replaced: [[String?]] = []
        /// Reviews whose replacement left out a voice the store held, and which voices.
        var droppedVoices: [(review: [String?], voices: [String])] = []
    }

    /// The rows of a case record's text for one table.
    /// - Parameter record: which record it is, to name it if it cannot be read.
    /// - Throws: `UnreadableRecordError` when the text is not CSV (changed by hand).
    static func rows(of text: UnsafeRawBufferPointer, width: Int, record: @autoclosure () -> String) throws(UnreadableRecordError) -> [[String?]] {
        var reader = CSVReader(text, startingLine: 1, skippingByteOrderMark: false)
        var rows: [[String?]] = []
        do throws(CSVSyntaxError) {
            while let fields = try reader.next() {
                rows.append((0..<width).map { $0 < fields.count && !fields[$0].isEmpty ? fields[$0].displayString : nil })
            }
        } catch {
            throw UnreadableRecordError(record: record(), problem: error)
        }
        return rows
    }

    /// The rows of one table in a case record's text, read as bytes with their length (text
    /// read as a C string would stop at a NUL); `nil`: none.
    static func rows(of text: Data?, file: String, record: @autoclosure () -> String) throws(UnreadableRecordError) -> [[String?]] {
        guard let text else { return [] }
        let width = StoreSchema.columns(of: file)!.count
        return try text.withUnsafeBytes { bytes in
            Swift.Result { () throws(UnreadableRecordError) in try rows(of: bytes, width: width, record: record()) }
        }.get()
    }

    /// - Parameter columnsPresent: which columns the incoming rows' source has (`nil`: all).
    ///   A matched row keeps its stored values in the others. A review is compared on them
    ///   only, and when it has changed its incoming rows replace it whole.
    static func merge(stored: [[String?]], incoming: [[String?]], file: String, columnsPresent: [Bool]? = nil) -> Result {
        let columns = StoreSchema.columns(of: file)!
        let absent = columnsPresent.map { present in present.indices.filter { !present[$0] } } ?? []
        if let whole = wholes[file] {
            // Who gave a row: the role, and the respondent when the export has that column.
            let voice = file == "scaling.csv"
                ? Voice(role: columns.firstIndex(of: "respondent_role")!,
                        respondent: columns.firstIndex(of: "respondent").flatMap { absent.contains($0) ? nil : $0 }) : nil
            // Which stored row an incoming one stands for, to keep what the export leaves out:
            // the same voice of a review, the same context of an agreed weighting.
            let counterpart = [file == "scaling.csv" ? "respondent_role" : "context_id"].map { columns.firstIndex(of: $0)! }
            return mergeReviews(stored: stored, incoming: incoming, review: whole.map { columns.firstIndex(of: $0)! },
                                voice: voice, counterpart: counterpart, absent: absent)
        }
        let identity = RowKeys.identity(of: file)!
        let status = file == "plan_actions.csv" ? columns.firstIndex(of: "status") : nil
        var result = Result(rows: stored)
        // The n-th incoming row of a key is matched with the n-th stored one, so that a key
        // given twice (a repeated link, two plan actions alike) is stored as the export has
        // it, and read from the store as from the files.
        var positions: [[String?]: [Int]] = [:]
        for (index, row) in stored.enumerated() { positions[identity.map { row[$0] }, default: []].append(index) }
        var seen: [[String?]: Int] = [:]
        for var row in incoming {
            let key = identity.map { row[$0] }
            let occurrence = seen[key, default: 0]
            seen[key] = occurrence + 1
            if let stored = positions[key], occurrence < stored.count {
                let index = stored[occurrence]
                for column in absent { row[column] = result.rows[index][column] }
                guard result.rows[index] != row else { continue }
                if let status, result.rows[index][status] != row[status] {
                    result.statusChanges.append((row, false, result.rows[index][status]))
                }
                result.replaced.append(result.rows[index])
                result.rows[index] = row
                result.updated += 1
            } else {
                positions[key, default: []].append(result.rows.count)
                result.rows.append(row)
                result.added += 1
                if status != nil { result.statusChanges.append((row, true, nil)) }
            }
        }
        return result
    }

    /// Tables whose rows are replaced in groups: the columns that name a group. A review is
    /// one young person's scaling of one context on one date; an agreed weighting is one
    /// young person's shares on one date, which must sum to 100 together, so a corrected
    /// weighting replaces the one it corrects rather than adding to it.
    private static let wholes = [
        "scaling.csv": ["young_person_id", "context_id", "date"],
        "agreed_weighting.csv": ["young_person_id", "date"],
    ]

    /// The columns that name who gave a scaling row.
    private struct Voice {
        let role: Int
        /// `nil` when the export leaves the respondent column out.
        let respondent: Int?
    }

    /// - Parameters:
    ///   - voice: who gave each row, for naming the voices a replacement leaves out; `nil`
    ///     for agreed weightings.
    ///   - counterpart: the columns that match an incoming row to the stored row it stands
    ///     for, when the export leaves columns out: the incoming row keeps that row's values there.
    private static func mergeReviews(stored: [[String?]], incoming: [[String?]], review: [Int], voice: Voice?,
                                     counterpart: [Int], absent: [Int]) -> Result {
        var incomingReviews: [[String?]: [[String?]]] = [:]
        var order: [[String?]] = []
        for row in incoming {
            let key = review.map { row[$0] }
            if incomingReviews[key] == nil { order.append(key) }
            incomingReviews[key, default: []].append(row)
        }
        var storedReviews: [[String?]: [[String?]]] = [:]
        for row in stored { storedReviews[review.map { row[$0] }, default: []].append(row) }
        let changed = Set(order.filter { key in
            guard let before = storedReviews[key] else { return true }
            return counts(before, leavingOut: absent) != counts(incomingReviews[key]!, leavingOut: absent)
        })
        var result = Result(rows: stored.filter { row in !changed.contains(review.map { row[$0] }) })
        for key in order where changed.contains(key) {
            var rows = incomingReviews[key]!
            if let before = storedReviews[key], !absent.isEmpty {
                rows = keepingAbsentCells(of: before, in: rows, counterpart: counterpart, absent: absent)
            }
            result.rows += rows
            guard let before = storedReviews[key] else {
                result.added += rows.count
                continue
            }
            result.updated += rows.count
            result.replaced += before
            if let voice {
                let dropped = droppedVoices(before: before, after: rows, voice)
                if !dropped.isEmpty { result.droppedVoices.append((key, dropped)) }
            }
        }
        return result
    }

    /// The voices of a review that its replacement leaves out, role by role: a role with
    /// fewer rows than before lost someone. Named as the role, with the agency for a
    /// partner agency (the young person's and family's names are not repeated to whoever
    /// imports). A voice whose respondent is only renamed or newly named keeps its count,
    /// and is not reported.
    private static func droppedVoices(before: [[String?]], after: [[String?]], _ voice: Voice) -> [String] {
        func role(_ row: [String?]) -> String { (row[voice.role] ?? "").lowercased() }
        func respondent(_ row: [String?]) -> String { voice.respondent.flatMap { row[$0] } ?? "" }
        var roles: [String] = []
        for row in before where !roles.contains(role(row)) { roles.append(role(row)) }
        var dropped: [String] = []
        for name in roles {
            let held = before.filter { role($0) == name }, kept = after.filter { role($0) == name }
            guard kept.count < held.count else { continue }
            guard name == "partner_agency" else {
                dropped.append(name)
                continue
            }
            // The agencies no longer named, when the export names its agencies.
            let named = Set(kept.map { respondent($0).lowercased() })
            var agencies: [String] = []
            for row in held where !respondent(row).isEmpty && !named.contains(respondent(row).lowercased()) {
                if !agencies.contains(respondent(row)) { agencies.append(respondent(row)) }
            }
            dropped.append(voice.respondent != nil && !agencies.isEmpty
                ? "partner_agency (\(agencies.joined(separator: ", ")))"
                : "partner_agency (\(held.count - kept.count) of \(held.count))")
        }
        return dropped
    }

    /// `rows` with the cells of the columns `absent` taken from the stored rows they stand
    /// for: first a stored row equal in every other column, then the next one alike in
    /// `counterpart` (a corrected score keeps its respondent and comment). A row with no such
    /// stored row keeps its cells empty.
    private static func keepingAbsentCells(of stored: [[String?]], in rows: [[String?]], counterpart: [Int], absent: [Int]) -> [[String?]] {
        var unused = Array(stored.indices)
        func take(where matches: ([String?]) -> Bool) -> [String?]? {
            guard let position = unused.firstIndex(where: { matches(stored[$0]) }) else { return nil }
            return stored[unused.remove(at: position)]
        }
        let present = (0..<(rows.first?.count ?? 0)).filter { !absent.contains($0) }
        // Exact matches first, so that an unchanged row keeps its own cells.
        var matched: [[String?]?] = rows.map { row in take { candidate in present.allSatisfy { candidate[$0] == row[$0] } } }
        for index in rows.indices where matched[index] == nil {
            matched[index] = take { candidate in counterpart.allSatisfy { candidate[$0]?.lowercased() == rows[index][$0]?.lowercased() } }
        }
        return zip(rows, matched).map { row, match in
            guard let match else { return row }
            var row = row
            for column in absent { row[column] = match[column] }
            return row
        }
    }

    /// A multiset of rows, without the columns `absent`.
    private static func counts(_ rows: [[String?]], leavingOut absent: [Int]) -> [[String?]: Int] {
        rows.reduce(into: [:]) { counts, row in
            var row = row
            for column in absent { row[column] = nil }
            counts[row, default: 0] += 1
        }
    }
}
