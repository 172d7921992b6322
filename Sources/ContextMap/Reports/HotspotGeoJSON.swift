/// Hotspots as GeoJSON (RFC 7946) for QGIS and other mapping tools: a FeatureCollection of
/// Points at `[longitude, latitude]`, with the hotspot figures as properties. Hotspots
/// without coordinates cannot be placed and are counted in `without_coordinates`.
/// For the public, counts from 1 to 5 are `"c"` and their mean harm is withheld.
public struct HotspotGeoJSON {
    public let report: HotspotReport

    public init(report: HotspotReport) {
        self.report = report
    }

    public var bytes: [UInt8] {
        let contexts = report.analysis.dataset.contexts
        let counts = report.shownCounts
        var out = JSONWriter()
        var placed = 0
        out.object { out in
            out.field("type", "FeatureCollection")
            out.key("features")
            out.array { out in
                for (index, hotspot) in report.hotspots.enumerated() {
                    guard let located = hotspot.contexts.first(where: { contexts.latitudes[$0] != nil }),
                          let latitude = contexts.latitudes[located], let longitude = contexts.longitudes[located] else { continue }
                    placed += 1
                    out.object { out in
                        out.field("type", "Feature")
                        out.field("id", report.id(of: hotspot))
                        out.key("geometry")
                        out.object { out in
                            out.field("type", "Point")
                            out.key("coordinates")
                            out.array { out in
                                out.number(longitude)
                                out.number(latitude)
                            }
                        }
                        out.key("properties")
                        out.object { out in
                            out.field("rank", index + 1)
                            out.field("name", report.name(of: hotspot))
                            out.field("type", contexts.types[hotspot.context].rawValue)
                            if let count = counts[index] {
                                out.field("young_people", count)
                                if report.audience != .public { out.field("total_harm", hotspot.totalHarm) }
                                out.field("mean_harm", hotspot.meanHarm)
                            } else {
                                out.field("young_people", "c")
                            }
                            out.field("first_seen", report.sightings[report.id(of: hotspot)]?.first)
                            out.field("last_seen", report.sightings[report.id(of: hotspot)]?.last)
                        }
                    }
                }
            }
            out.field("as_of", report.analysis.asOf)
            out.field("audience", report.audience.rawValue)
            out.field("without_coordinates", report.hotspots.count - placed)
        }
        out.newline()
        return out.bytes
    }
}
