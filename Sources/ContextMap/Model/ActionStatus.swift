/// Where a plan action stands.
public enum ActionStatus: String, CaseIterable, Sendable, Codable {
    case planned
    case inProgress = "in_progress"
    case done
    case dropped
}
