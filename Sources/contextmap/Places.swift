import ArgumentParser
import ContextMap

struct PlacesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "places",
        abstract: "Propose which contexts from different partners are the same real place, for review.",
        discussion: """
        Matches names once normalised (case, accents, punctuation, St/Street, Rd/Road …), the same \
        postcode and coordinates within --radius metres, and gives every reason. With --out it writes \
        places.csv (place_id, context_id, name): review it, delete any row that is wrong, and put it \
        in the dataset folder; hotspots then count each place once. Nothing is merged without it.
        """)

    @OptionGroup var data: DatasetOptions
    @OptionGroup var output: ReportFormatOptions

    @Option(name: .long, help: "How close (metres) two contexts' coordinates must be to count as one place.")
    var radius: Double = 100

    @Option(name: .long, help: ArgumentHelp("Write the proposed places.csv here for review.", valueName: "file"))
    var out: String?

    func validate() throws {
        guard radius > 0, radius.isFinite else { throw ValidationError("--radius must be a number of metres above 0.") }
    }

    func run() throws {
        let dataset = try data.load()
        let report = PlaceProposalReport(dataset: dataset, proposals: PlaceProposals(dataset: dataset, radius: radius))
        try data.recordView("places", audience: nil, rows: report.proposals.groups.count)
        if let out {
            try Terminal.write(report.placesCSV, toFile: out)
            Terminal.error("wrote \(report.proposals.groups.count) proposed place(s) to \(out) for review")
        }
        Terminal.write(report, as: output.format)
    }
}
