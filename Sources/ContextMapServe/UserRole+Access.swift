import Foundation
import ContextMap
import ContextMapStore

/// What each role may open. Every page checks here on the server; links that a role may not
/// follow are left out of its pages too, but hiding them is not what protects the data.
extension UserRole {
    /// Chairs see every young person; practitioners those allocated to them.
    var seesYoungPeople: Bool { self == .chair || self == .practitioner }

    /// The partner dashboard shows places, never children: everyone but the analyst, whose
    /// research view is aggregate counts only.
    var seesDashboard: Bool { self != .analyst }

    /// Where signing in takes this role.
    var home: String { seesYoungPeople ? "/" : seesDashboard ? "/partners" : "/public" }

    /// The audience the audit trail records for what this role sees.
    var audience: Audience {
        switch self {
        case .practitioner, .chair: .practitioner
        case .partner: .partner
        case .analyst: .public
        }
    }

    var title: String {
        switch self {
        case .practitioner: "practitioner"
        case .chair: "conference chair"
        case .partner: "community safety partner"
        case .analyst: "analyst"
        }
    }
}

extension Session {
    /// The young people this person may open, in id order: every one for a chair, those whose
    /// `allocated_worker` is this person's name for a practitioner, none for anyone else.
    func caseload(in analysis: Analysis) -> [Int] {
        switch role {
        case .chair: return analysis.youngPeopleInIDOrder
        case .practitioner: return analysis.youngPeopleInIDOrder.filter { isAllocated(analysis.dataset, $0) }
        case .partner, .analyst: return []
        }
    }

    /// Whether this person may open young person `index`'s page.
    func mayOpen(_ index: Int, in dataset: Dataset) -> Bool {
        switch role {
        case .chair: true
        case .practitioner: isAllocated(dataset, index)
        case .partner, .analyst: false
        }
    }

    private func isAllocated(_ dataset: Dataset, _ index: Int) -> Bool {
        guard let worker = dataset.youngPeople.allocatedWorkers[index] else { return false }
        return Self.sameName(worker, user)
    }

    /// Names as people type them: spaces at either end and letter case do not matter.
    static func sameName(_ a: String, _ b: String) -> Bool {
        a.trimmingCharacters(in: .whitespaces).lowercased() == b.trimmingCharacters(in: .whitespaces).lowercased()
    }
}
