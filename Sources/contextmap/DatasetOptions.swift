import ArgumentParser
import ContextMap

/// Where the dataset is: shared by every command that reads data.
struct DatasetOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A folder of CSV files or a JSON file in the data contract.", valueName: "path"))
    var dataset: String

    /// Reads the dataset, printing every problem and stopping with status 1 when it is not valid.
    func load() throws -> Dataset {
        do {
            let dataset = try DatasetReader.read(from: dataset)
            Terminal.warn(dataset.warnings)
            return dataset
        } catch {
            Terminal.error(error.description)
            throw ExitCode(1)
        }
    }
}

