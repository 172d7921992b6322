import Crypto

/// Stable pseudonyms for young people: `P-` and the first 12 hex digits of the keyed hash
/// (HMAC-SHA-256) of their id. Without the key, a pseudonym cannot be turned back into an
/// id, nor recomputed from one.
public struct Pseudonyms: Sendable {
    let key: PseudonymKey

    public init(key: PseudonymKey) {
        self.key = key
    }

    public func pseudonym(for id: String) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: Array(id.utf8), using: SymmetricKey(data: key.bytes))
        let hex = code.prefix(6).map { byte in
            let text = String(byte, radix: 16)
            return text.count == 1 ? "0" + text : text
        }
        return "P-" + hex.joined()
    }
}
