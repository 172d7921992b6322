/// Proposed places for review, each with its contexts and the reasons they were matched;
/// and the `places.csv` that, once reviewed and put in the dataset, makes hotspots count
/// per place.
public struct PlaceProposalReport: Report {
    public let dataset: Dataset
    public let proposals: PlaceProposals

    public init(dataset: Dataset, proposals: PlaceProposals) {
        self.dataset = dataset
        self.proposals = proposals
    }

    private var contexts: Contexts { dataset.contexts }

    /// `PL0001`, `PL0002`, … in the order of the groups.
    func placeID(_ group: Int) -> String {
        let number = String(group + 1)
        return "PL" + String(repeating: "0", count: max(0, 4 - number.count)) + number
    }

    /// The longest of the contexts' names: usually the fullest.
    func placeName(_ group: [Int]) -> String {
        group.map { contexts.names[$0] }.max { $0.count < $1.count } ?? ""
    }

    private func matches(in group: [Int]) -> [PlaceMatch] {
        let members = Set(group)
        return proposals.matches.filter { members.contains($0.first) }
    }

    /// The reviewable `places.csv`: `place_id`, `context_id`, `name`.
    public var placesCSV: [UInt8] {
        var out = CSVWriter(header: ["place_id", "context_id", "name"])
        for (index, group) in proposals.groups.enumerated() {
            for context in group { out.row([placeID(index), contexts.ids[context], placeName(group)]) }
        }
        return out.bytes
    }

    public func rendered(as format: OutputFormat) -> [UInt8] {
        switch format {
        case .csv: return placesCSV
        case .json:
            var out = JSONWriter()
            out.object { out in
                out.key("places")
                out.array { out in
                    for (index, group) in proposals.groups.enumerated() {
                        out.object { out in
                            out.field("place_id", placeID(index))
                            out.field("name", placeName(group))
                            out.key("contexts")
                            out.array { out in
                                for context in group {
                                    out.object { out in
                                        out.field("id", contexts.ids[context])
                                        out.field("name", contexts.names[context])
                                        out.field("postcode", contexts.postcodes[context])
                                    }
                                }
                            }
                            out.key("matches")
                            out.array { out in
                                for match in matches(in: group) {
                                    out.object { out in
                                        out.key("contexts")
                                        out.array { out in
                                            out.string(contexts.ids[match.first])
                                            out.string(contexts.ids[match.second])
                                        }
                                        out.key("reasons")
                                        out.array { out in for reason in match.reasons { out.string(reason) } }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            out.newline()
            return out.bytes
        case .table:
            var text = "Proposed places: contexts from different partners that look like one real place. "
                + "Nothing is merged until a reviewed places.csv is in the dataset.\n"
            if proposals.groups.isEmpty { return Array((text + "  None found.\n").utf8) }
            for (index, group) in proposals.groups.enumerated() {
                text += "  \(placeID(index)) \(placeName(group))\n"
                for context in group {
                    text += "    \(contexts.ids[context])  \(contexts.names[context])"
                        + (contexts.postcodes[context].map { ", \($0)" } ?? "") + "\n"
                }
                for match in matches(in: group) {
                    text += "    \(contexts.ids[match.first]) = \(contexts.ids[match.second]): "
                        + match.reasons.joined(separator: "; ") + "\n"
                }
            }
            return Array(text.utf8)
        }
    }
}
