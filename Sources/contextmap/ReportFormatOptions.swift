import ArgumentParser
import ContextMap

/// How a command that writes figures writes them.
struct ReportFormatOptions: ParsableArguments {
    @Option(name: .long, help: "How to write the result: table (for reading), json or csv.")
    var format: OutputFormat = .table
}

extension OutputFormat: ExpressibleByArgument {}
