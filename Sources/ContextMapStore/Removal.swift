/// What `CaseStore.remove` takes out of the store: a young person or a context, with every
/// row that refers to them. Never a side effect of an import.
public enum Removal: Sendable, Equatable, CustomStringConvertible {
    case youngPerson(String)
    case context(String)

    public var description: String {
        switch self {
        case .youngPerson(let id): "young person \(id)"
        case .context(let id): "context \(id)"
        }
    }
}
