import Hummingbird

extension Response {
    /// An HTML page.
    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// A file to save: its name is made of safe characters by whoever made it.
    static func download(_ file: DownloadFile) -> Response {
        Response(status: .ok,
                 headers: [.contentType: file.type, .contentDisposition: "attachment; filename=\"\(file.name)\""],
                 body: .init(byteBuffer: ByteBuffer(bytes: file.bytes)))
    }

    /// Sends the browser to `path` with a GET (303), as after a form.
    static func seeOther(_ path: String) -> Response {
        Response(status: .seeOther, headers: [.location: path])
    }
}
