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
            result = ValidationReport(dataset: try data.read())
        } catch let error as DatasetError {
            result = ValidationReport(error: error)
        } catch let error as ExitCode {
            throw error
        } catch {
            Terminal.error("\(error)")
            throw ExitCode(1)
        }
        // The problems and warnings of a store name its young people: a view, audited first.
        try data.recordView("validate", audience: .practitioner, rows: result.errors.count + result.warnings.count)
        if result.isValid || output.format != .table {
            Terminal.write(result.rendered(as: output.format))
        } else {
            Terminal.error(String(decoding: result.rendered(as: .table), as: UTF8.self))
        }
        if !result.isValid { throw ExitCode(1) }
    }
}
