/// The statutory route a young person's case is on.
public enum Pathway: String, CaseIterable, Sendable, Codable {
    /// Risk Outside The Home: a child-protection-strength plan whose actions target contexts.
    case roth
    case childProtection = "child_protection"
    case childInNeed = "child_in_need"
    case earlyHelp = "early_help"
    case other

    /// The pathway as practitioners say it.
    public var title: String {
        switch self {
        case .roth: "Risk Outside The Home"
        case .childProtection: "Child protection"
        case .childInNeed: "Child in need"
        case .earlyHelp: "Early help"
        case .other: "Other"
        }
    }
}
