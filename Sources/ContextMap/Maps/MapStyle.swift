/// How maps look. Colours are from the Okabe–Ito palette, which people with the common
/// forms of colour blindness can tell apart, and every colour is doubled by a line width,
/// a dash or a shape, so that a black-and-white print says the same.
enum MapStyle {
    static func lineColour(_ band: HarmBand) -> String {
        switch band {
        case .unscaled: "#777777"
        case .lower: "#0072B2"       // blue
        case .concern: "#E69F00"     // orange
        case .significant: "#D55E00" // vermillion
        }
    }

    static func fillColour(_ band: HarmBand) -> String {
        switch band {
        case .unscaled: "#F2F2F2"
        case .lower: "#DCEBF5"
        case .concern: "#FCEBCC"
        case .significant: "#F8D5BF"
        }
    }

    static func lineWidth(_ band: HarmBand) -> Double {
        switch band {
        case .unscaled: 1.5
        case .lower: 1.5
        case .concern: 4
        case .significant: 7
        }
    }

    static func lineStyle(_ band: HarmBand) -> String {
        band == .unscaled ? "dashed" : "solid"
    }

    static func shape(_ type: ContextType) -> String {
        switch type {
        case .peer: "ellipse"
        case .school: "box"
        case .community: "hexagon"
        case .online: "parallelogram"
        case .service: "component"
        case .family: "house"
        }
    }

    /// The type in a reader's words, for the key.
    static func typeName(_ type: ContextType) -> String {
        switch type {
        case .peer: "friends and peer groups"
        case .school: "school or college"
        case .community: "places in the community"
        case .online: "online"
        case .service: "services"
        case .family: "family and home"
        }
    }

    static let font = "Helvetica"
}
