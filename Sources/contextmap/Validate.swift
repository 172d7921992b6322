import ArgumentParser
import ContextMap

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check every row of a dataset and list every problem; exit status 1 when it is not valid.")

    @OptionGroup var data: DatasetOptions
    @OptionGroup var output: ReportFormatOptions

    func run() throws {
        let result: ValidationReport
        do {
            result = ValidationReport(dataset: try DatasetReader.read(from: data.dataset))
        } catch {
            result = ValidationReport(error: error)
        }
        if result.isValid || output.format != .table {
            Terminal.write(result.rendered(as: output.format))
        } else {
            Terminal.error(String(decoding: result.rendered(as: .table), as: UTF8.self))
        }
        if !result.isValid { throw ExitCode(1) }
    }
}
