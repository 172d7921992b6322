import ContextMapStore
import Foundation

/// One person signed in through one browser.
struct Session: Sendable {
    /// The cookie's value: 256 random bits, hex.
    let token: String
    let user: String
    let role: UserRole
    /// The value every form must send back, so that another site cannot post as this person.
    let formToken: String
    let started: Date
    var lastSeen: Date
}
