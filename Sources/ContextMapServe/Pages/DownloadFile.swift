/// A file a page offers for download, made with the page.
struct DownloadFile: Sendable {
    let bytes: [UInt8]
    let type: String
    let name: String
    /// The rows it holds, for the audit trail.
    let rows: Int
}
