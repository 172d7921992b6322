/// Recurring hotspots and peer clusters together, from one reading of the data: what a
/// community safety partnership meeting looks at, at the audience's level.
///
/// JSON is one object, `{"hotspots": …, "clusters": …}`, each exactly the document its own
/// report writes; a table or CSV is the two tables one after the other, a blank line between.
public struct PartnerOverviewReport: Report {
    public let hotspots: HotspotReport
    public let clusters: ClusterReport

    /// Works out both figures at the same time.
    /// - Parameter naming: how cluster members are named, which also says the audience;
    ///   `nil` for the public, who see none.
    public init(analysis: Analysis, naming: PersonNaming?, roundTo: Int = 1) {
        var clusters: ClusterReport?
        let lane = SideLane<Never> { clusters = ClusterReport(analysis: analysis, naming: naming) }
        hotspots = HotspotReport(analysis: analysis, audience: naming?.audience ?? .public, roundTo: roundTo)
        lane.finish()
        self.clusters = clusters!
    }

    public func rendered(as format: OutputFormat) -> [UInt8] {
        switch format {
        case .json:
            var out = Array("{\"hotspots\": ".utf8)
            out += hotspots.rendered(as: .json)
            out.removeLast()  // its closing line break
            out += Array(",\n\"clusters\": ".utf8)
            out += clusters.rendered(as: .json)
            out.removeLast()
            out += Array("}\n".utf8)
            return out
        case .table:
            return Array("Hotspots\n\n".utf8) + hotspots.rendered(as: .table)
                + Array("\nPeer clusters\n\n".utf8) + clusters.rendered(as: .table)
        case .csv:
            return hotspots.rendered(as: .csv) + Array("\n".utf8) + clusters.rendered(as: .csv)
        }
    }
}
