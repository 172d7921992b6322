/// The text twin of a network map: the same young people, contexts and links as the drawing.
public struct NetworkMapReport: Report {
    public let map: NetworkMap

    public init(map: NetworkMap) {
        self.map = map
    }

    public func rendered(as format: OutputFormat) -> [UInt8] {
        switch format {
        case .json: json()
        case .csv: csv()
        case .table: Array(table().utf8)
        }
    }

    private func json() -> [UInt8] {
        var out = JSONWriter()
        out.object { out in
            out.field("title", map.title)
            out.field("as_of", map.asOf)
            out.key("young_people")
            out.array { out in for id in map.youngPeopleIDs { out.string(id) } }
            out.key("contexts")
            out.array { out in
                for context in map.contexts {
                    out.object { out in
                        out.field("id", context.id)
                        out.field("name", context.name)
                        out.field("type", context.type.rawValue)
                        out.field("young_people_of_concern", context.youngPeopleOfConcern)
                    }
                }
            }
            out.key("links")
            out.array { out in
                for link in map.links {
                    out.object { out in
                        out.field("young_person_id", link.youngPersonID)
                        out.field("context_id", link.contextID)
                        out.field("band", link.band.rawValue)
                        out.field("harm", link.harm)
                    }
                }
            }
        }
        out.newline()
        return out.bytes
    }

    private func csv() -> [UInt8] {
        var out = CSVWriter(header: ["young_person_id", "context_id", "band", "harm"])
        for link in map.links {
            out.field(link.youngPersonID)
            out.field(link.contextID)
            out.field(link.band.rawValue)
            out.field(link.harm)
            out.endRow()
        }
        return out.bytes
    }

    private func table() -> String {
        var table = TextTable([("Context", .left), ("Type", .left), ("Young people of concern", .right)])
        for context in map.contexts.sorted(by: { $0.youngPeopleOfConcern > $1.youngPeopleOfConcern }) {
            table.add(["\(context.name) (\(context.id))", context.type.rawValue, String(context.youngPeopleOfConcern)])
        }
        return map.title + "\n" + "  Young people: " + map.youngPeopleIDs.joined(separator: ", ") + "\n" + table.render(indent: "  ")
    }
}
