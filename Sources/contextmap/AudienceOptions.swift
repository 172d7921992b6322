import ArgumentParser
import ContextMap

/// Who the output is for: shared by every command that shows more than one young person.
struct AudienceOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Who the output is for: practitioner (ids and names), partner (pseudonyms, no names, dates of birth or ids) or public (counts only; 1 to 5 shown as c).",
        valueName: "audience"))
    var audience: Audience?

    @Option(name: .long, help: ArgumentHelp(
        "The partner pseudonym key (made on first use, readable by its owner only; default: $CONTEXTMAP_KEY_FILE or ~/.config/contextmap/pseudonym.key).",
        valueName: "file"))
    var keyFile: String?

    @Option(name: .long, help: "For the public: round counts above 5 to the nearest N.")
    var roundTo: Int = 1

    func validate() throws {
        guard roundTo >= 1 else { throw ValidationError("--round-to must be 1 or more.") }
    }

    /// The audience asked for, or the command's default.
    func resolved(default fallback: Audience) -> Audience { audience ?? fallback }

    /// How young people are named for the audience; `nil` for the public, who see none.
    func naming(for dataset: Dataset, default fallback: Audience) throws -> PersonNaming? {
        switch resolved(default: fallback) {
        case .practitioner: return .practitioner(dataset)
        case .partner:
            do {
                return .partner(dataset, key: try PseudonymKey.loadOrCreate(at: keyFile ?? PseudonymKey.defaultPath))
            } catch {
                Terminal.error(error.description)
                throw ExitCode(1)
            }
        case .public: return nil
        }
    }

    /// Stops a command whose rows are about single young people when the audience is public.
    func refusePublic(_ command: String, default fallback: Audience) throws {
        guard resolved(default: fallback) == .public else { return }
        throw ValidationError("\(command) shows young people one by one, which the public audience never sees; "
            + "use hotspots or clusters with --audience public.")
    }
}

extension Audience: ExpressibleByArgument {}
