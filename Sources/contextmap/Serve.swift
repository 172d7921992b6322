import ArgumentParser
import ContextMapServe
import ContextMapStore
import Foundation

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the store to a browser: caseloads, packs, the conference screen, the partner dashboard.",
        discussion: """
        People sign in with accounts made by `contextmap user add`; what each sees depends on \
        their role. Practitioners open the young people allocated to them, chairs every young \
        person and the conference screen, partners the partner dashboard (places, never \
        children), analysts the public summary. Every page is written to the audit trail. \
        Binds to 127.0.0.1 unless told otherwise; to serve a network, put a TLS proxy in front \
        and give --secure-cookies.
        """)

    @Option(name: .long, help: ArgumentHelp("The case store.", valueName: "file"))
    var db: String = DatasetOptions.defaultStore

    @Option(name: .long, help: "The address to listen on.")
    var host: String = "127.0.0.1"

    @Option(name: .long, help: "The port to listen on (0: any free port, printed when serving).")
    var port: Int = 8080

    @Flag(name: .long, help: "Mark cookies Secure: for use behind a TLS proxy.")
    var secureCookies = false

    @OptionGroup var figures: FigureOptions

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port \(port) is not a port; expected 0 to 65535.") }
    }

    func run() async throws {
        if !["127.0.0.1", "::1", "localhost"].contains(host), !secureCookies {
            Terminal.error("warning: serving beyond this machine without --secure-cookies: put a TLS proxy in front.")
        }
        let settings = ServeSettings(analysisOptions: figures.analysisOptions, secureCookies: secureCookies)
        let (db, host) = (self.db, self.host)
        do {
            let store = try DatasetOptions.store(at: db)
            if try store.users().isEmpty {
                Terminal.error("warning: no one can sign in yet: add people with `contextmap user add NAME --role ROLE --db \(db)`.")
            }
            try await ConferenceServer.serve(store: store, settings: settings, host: host, port: port) { port in
                Terminal.error("serving \(db) on http://\(host.contains(":") ? "[\(host)]" : host):\(port)/ (Ctrl-C to stop)")
            }
        } catch {
            let text = "\(error)"
            Terminal.error(text.hasPrefix("error:") ? text : "error: could not serve: " + text)
            throw ExitCode(1)
        }
    }
}
