import ArgumentParser

/// The root of the command line; `ContextMapProgram` runs it.
struct ContextMapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contextmap",
        abstract: "Context weighting, hotspots and peer clusters for young people at risk of harm outside the home.",
        discussion: """
        Reads a dataset in the ContextMap data contract: a folder of CSV files (young_people.csv, \
        contexts.csv, links.csv, scaling.csv and optionally peer_links.csv, plan_actions.csv, \
        agreed_weighting.csv, places.csv) or one JSON document with the same tables, with --dataset; \
        or the case store, with --db (by default ./contextmap.sqlite; fill it with import). \
        Commands that show several young people take --audience practitioner, partner or public.
        """,
        subcommands: [Validate.self, Weigh.self, Hotspots.self, Clusters.self, Partners.self, Plan.self, MapCommand.self, Pack.self, Network.self, RenderAll.self, PlacesCommand.self, Import.self, Remove.self, Export.self, Backup.self, AuditCommand.self, Replaced.self, Serve.self, UserCommand.self, Generate.self]
    )
}
