extension NetworkMap {
    /// The network as GraphML, which Gephi, yEd and networkx read: young people and contexts
    /// as nodes (named for the map's audience), links as edges with their harm band.
    public var graphML: String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
              <key id="kind" for="node" attr.name="kind" attr.type="string"/>
              <key id="label" for="node" attr.name="label" attr.type="string"/>
              <key id="type" for="node" attr.name="type" attr.type="string"/>
              <key id="of_concern" for="node" attr.name="young_people_of_concern" attr.type="int"/>
              <key id="band" for="edge" attr.name="band" attr.type="string"/>
              <key id="harm" for="edge" attr.name="harm" attr.type="double"/>
              <graph id="network" edgedefault="undirected">

            """
        func data(_ key: String, _ value: String) -> String { "<data key=\"\(key)\">\(XMLText.escaped(value))</data>" }
        var personNode: [Int: String] = [:]
        for (position, person) in youngPeople.enumerated() {
            personNode[person] = "y\(position)"
            xml += "    <node id=\"y\(position)\">\(data("kind", "young_person"))\(data("label", youngPeopleIDs[position]))</node>\n"
        }
        var contextNode: [Int: String] = [:]
        for (position, context) in contexts.enumerated() {
            contextNode[context.context] = "c\(position)"
            xml += "    <node id=\"c\(position)\">\(data("kind", "context"))\(data("label", context.name))"
                + "\(data("type", context.type.rawValue))\(data("of_concern", String(context.youngPeopleOfConcern)))</node>\n"
        }
        for (position, link) in links.enumerated() {
            xml += "    <edge id=\"e\(position)\" source=\"\(personNode[link.youngPerson]!)\" target=\"\(contextNode[link.context]!)\">"
                + data("band", link.band.rawValue) + (link.harm.map { data("harm", NumberText.decimal($0)) } ?? "") + "</edge>\n"
        }
        return xml + "  </graph>\n</graphml>\n"
    }
}
