import Foundation
@testable import ContextMap
import TestScratch

/// The package's `Fixtures/` folder.
let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures")

/// Writes a small dataset to a fresh temporary folder and returns its path.
///
/// Files default to a minimal valid dataset, so a test names only what it is about.
func temporaryDataset(_ files: [String: String]) throws -> String {
    let folder = try ScratchFolder.make("dataset")
    let defaults = [
        "young_people.csv": "id,name\nYP1,A.A.\nYP2,B.B.\n",
        "contexts.csv": "id,name,type\nC1,Park,community\n",
        "links.csv": "young_person_id,context_id\n",
        "scaling.csv": "date,young_person_id,context_id,respondent_role,score\n",
    ]
    for (name, text) in defaults.merging(files, uniquingKeysWith: { $1 }) {
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }
    return folder.path
}

/// Reads a dataset written by `temporaryDataset` and analyses it.
func analyse(_ files: [String: String], options: AnalysisOptions = AnalysisOptions()) throws -> Analysis {
    Analysis(dataset: try DatasetReader.read(from: temporaryDataset(files)), options: options)
}

extension Analysis {
    func youngPerson(_ id: String) -> Int { dataset.youngPeople.index(of: id)! }
    func context(_ id: String) -> Int { dataset.contexts.index(of: id)! }

    /// The weighting of one young person as (context id, share) pairs in order.
    func shares(of id: String) -> [(String, Double?)] {
        weighting(of: youngPerson(id)).entries.map { (dataset.contexts.ids[$0.context], $0.share) }
    }

    func harm(of person: String, at context: String) -> ContextHarm? {
        harm[dataset.links.link(youngPerson: youngPerson(person), context: self.context(context))!]
    }
}

func close(_ a: Double?, _ b: Double?, within tolerance: Double = 1e-9) -> Bool {
    switch (a, b) {
    case (nil, nil): true
    case let (x?, y?): abs(x - y) <= tolerance
    default: false
    }
}
