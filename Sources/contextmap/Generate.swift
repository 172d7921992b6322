import ArgumentParser
import ContextMap
import Foundation

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a synthetic, fictional dataset in the data contract's CSV form, for tests and benchmarks.")

    @Option(name: .long, help: "How many young people.")
    var youngPeople: Int

    @Option(name: .long, help: "How many shared contexts (6 or more): peer groups, schools, places, online spaces, services. Each household's family context comes on top.")
    var contexts: Int

    @Option(name: .long, help: "The random seed: the same seed gives the same files.")
    var seed: UInt64 = 1

    @Option(name: .long, help: ArgumentHelp("The folder to write (created if missing).", valueName: "dir"))
    var out: String

    func validate() throws {
        guard youngPeople >= 1 else { throw ValidationError("--young-people must be 1 or more.") }
        guard contexts >= 6 else { throw ValidationError("--contexts must be 6 or more (one of each type).") }
    }

    func run() throws {
        let generator = DatasetGenerator(youngPeople: youngPeople, contexts: contexts, seed: seed)
        let showProgress = youngPeople >= 10_000
        do {
            try generator.write(to: URL(fileURLWithPath: out)) { progress in
                guard showProgress else { return }
                let percent = progress.rowsExpected > 0 ? 100 * progress.rowsWritten / progress.rowsExpected : 100
                Terminal.error("\(progress.file): \(progress.rowsWritten) rows (\(min(percent, 100))%)")
            }
        } catch {
            Terminal.error("contextmap generate: \(error)")
            throw ExitCode(1)
        }
        Terminal.error("wrote a dataset of \(youngPeople) young people and \(contexts) contexts to \(out)")
    }
}
