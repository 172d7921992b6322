/// Context weighting for one or more young people: which context most needs to change,
/// with every voice kept visible (young person first, then family, then professionals).
public struct WeightingReport: Report, Sendable {
    public let analysis: Analysis
    public let youngPeople: [Int]
    /// How young people and family homes are named: practitioners see ids and names.
    public let naming: PersonNaming

    public init(analysis: Analysis, youngPeople: [Int], naming: PersonNaming? = nil) {
        self.analysis = analysis
        self.youngPeople = youngPeople
        self.naming = naming ?? .practitioner(analysis.dataset)
    }

    public func rendered(as format: OutputFormat) -> [UInt8] {
        var bytes: [UInt8] = []
        write(as: format) { bytes.append(contentsOf: $0) }
        return bytes
    }

    /// Writes the rows of many young people on every core, a piece at a time.
    public func write(as format: OutputFormat, to output: (UnsafeRawBufferPointer) -> Void) {
        switch format {
        case .json: writeJSON(to: output)
        case .csv: writeCSV(to: output)
        case .table: Array(table().utf8).withUnsafeBytes(output)
        }
    }

    private var dataset: Dataset { analysis.dataset }

    private func writeJSON(to output: (UnsafeRawBufferPointer) -> Void) {
        var head = JSONWriter()
        head.openObject()
        head.field("as_of", analysis.asOf)
        head.key("young_people")
        head.openArray()
        head.bytes.withUnsafeBytes(output)
        var isFirst = true
        ConcurrentPieces.stream(count: youngPeople.count, write: { range, buffer in
            JSONWriter.appendElements(to: &buffer) { out in
                for person in youngPeople[range] { write(person, to: &out) }
            }
        }, to: { piece in
            guard !piece.isEmpty else { return }
            if !isFirst { [UInt8(ascii: ",")].withUnsafeBytes(output) }
            isFirst = false
            output(piece)
        })
        Array("]}\n".utf8).withUnsafeBytes(output)
    }

    private func write(_ person: Int, to out: inout JSONWriter) {
        let weighting = analysis.weighting(of: person)
        out.object { out in
            out.field("id", naming.id(person))
            out.field("name", naming.name(person))
            out.key("contexts")
            out.array { out in
                for entry in weighting.entries { write(entry, to: &out) }
            }
            out.key("agreed")
            if let agreed = weighting.agreed {
                out.object { out in
                    out.field("date", agreed.date)
                    out.field("agreed_by", agreed.agreedBy)
                }
            } else {
                out.string(nil)
            }
        }
    }

    private func write(_ entry: ContextWeighting.Entry, to out: inout JSONWriter) {
        let context = entry.context
        out.object { out in
            out.field("id", dataset.contexts.ids[context])
            out.field("name", naming.contextName(context))
            out.field("type", dataset.contexts.types[context].rawValue)
            out.field("harm", entry.harm?.harm)
            out.field("share", entry.share)
            out.field("spread", entry.harm?.spread)
            out.field("trend", entry.harm?.trend)
            out.field("significant", entry.harm?.isSignificant)
            out.field("date", entry.harm?.date)
            out.key("roles")
            out.object { out in
                for role in RespondentRole.allCases {
                    if let harm = entry.harm?.roleHarms[role] { out.field(role.rawValue, harm) }
                }
            }
            out.field("agreed_share", entry.agreedShare)
        }
    }

    private func writeCSV(to output: (UnsafeRawBufferPointer) -> Void) {
        CSVWriter(header: [
            "young_person_id", "context_id", "context_name", "type", "harm", "share", "spread", "trend",
            "significant", "date", "young_person", "parent_carer", "partner_agency", "agreed_share",
        ]).bytes.withUnsafeBytes(output)
        ConcurrentPieces.stream(count: youngPeople.count, write: { range, buffer in
            CSVWriter.appendRows(to: &buffer) { out in
                for person in youngPeople[range] { writeRows(of: person, to: &out) }
            }
        }, to: output)
    }

    private func writeRows(of person: Int, to out: inout CSVWriter) {
        for entry in analysis.weighting(of: person).entries {
            let harm = entry.harm
            out.field(naming.id(person))
            out.field(dataset.contexts.ids[entry.context])
            out.field(naming.contextName(entry.context))
            out.field(dataset.contexts.types[entry.context].rawValue)
            out.field(harm?.harm)
            out.field(entry.share)
            out.field(harm?.spread)
            out.field(harm?.trend)
            out.field(harm?.isSignificant)
            out.field(harm?.date)
            for role in RespondentRole.allCases { out.field(harm?.roleHarms[role]) }
            out.field(entry.agreedShare)
            out.endRow()
        }
    }

    private func table() -> String {
        var text = ""
        var anySignificant = false
        for (position, person) in youngPeople.enumerated() {
            let weighting = analysis.weighting(of: person)
            if position > 0 { text += "\n" }
            text += "\(naming.label(person)): context weighting \(Wording.asOf(analysis.asOf))\n"
            var columns: [(String, TextTable.Alignment)] = [
                ("Context", .left), ("Type", .left), ("Share", .right), ("Harm", .right),
            ]
            columns += RespondentRole.allCases.map { ($0.title, .right) }
            columns += [("Spread", .right), ("Trend", .left)]
            if weighting.agreed != nil { columns.append(("Agreed", .right)) }
            var table = TextTable(columns)
            var unscaled: [String] = []
            for entry in weighting.entries {
                guard let harm = entry.harm else {
                    unscaled.append(naming.contextLabel(entry.context))
                    continue
                }
                anySignificant = anySignificant || harm.isSignificant
                var row = [
                    naming.contextLabel(entry.context) + (harm.isSignificant ? " !" : ""),
                    dataset.contexts.types[entry.context].rawValue,
                    Wording.share(entry.share), Wording.harm(harm.harm),
                ]
                row += RespondentRole.allCases.map { Wording.harm(harm.roleHarms[$0]) }
                row += [NumberText.fixed(harm.spread, places: 0), Wording.trend(harm.trend)]
                if weighting.agreed != nil { row.append(Wording.share(entry.agreedShare)) }
                table.add(row)
            }
            if !table.isEmpty { text += table.render(indent: "  ") }
            if !unscaled.isEmpty { text += "  Linked but not yet scaled: " + unscaled.joined(separator: ", ") + "\n" }
            if weighting.entries.isEmpty { text += "  No contexts linked yet.\n" }
            if let agreed = weighting.agreed {
                text += "  Agreed weighting from \(agreed.date)" + (agreed.agreedBy.map { " (\($0))" } ?? "") + ", shown beside the computed one.\n"
            }
        }
        if anySignificant {
            text += "\n! significant harm (\(NumberText.decimal(analysis.options.significant)) or more out of 10). Harm: 0 safe – 10 harm is certain.\n"
        }
        return text
    }
}
