import Dispatch
import Foundation
import Testing
@testable import ContextMap
@testable import ContextMapGraphviz

/// The renderer owns Graphviz correctly: every format, many callers at once, and a bad
/// graph that never breaks the next one.
@Suite struct RendererTests {
    let smallGraph = #"graph g { a -- b; b -- c; a [label="A"]; }"#

    @Test(arguments: [
        (DrawingFormat.svg, Array("<?xml".utf8)),
        (DrawingFormat.png, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        (DrawingFormat.pdf, Array("%PDF-".utf8)),
        (DrawingFormat.dot, Array("graph".utf8)),
    ])
    func everyFormatStartsWithItsMagicBytes(format: DrawingFormat, magic: [UInt8]) throws {
        let drawing = try GraphvizRenderer.shared.render(smallGraph, layout: .dot, format: format)
        #expect(Array(drawing.bytes.prefix(magic.count)) == magic)
        #expect(drawing.bytes.count > 100 || format == .dot)
    }

    @Test func aGraphThatDoesNotParseThrowsGraphvizsMessageAndTheNextGraphStillDraws() throws {
        #expect {
            try GraphvizRenderer.shared.render("graph g { a -- ; ]", layout: .dot, format: .svg)
        } throws: { error in
            guard let error = error as? GraphvizError else { return false }
            return error.stage == .parsing && !error.messages.isEmpty && error.description.contains("did not parse")
        }
        let drawing = try GraphvizRenderer.shared.render(smallGraph, layout: .dot, format: .svg)
        #expect(try svgTexts(drawing.bytes).contains("A"))
    }

    @Test func aBadHTMLLabelIsAnErrorNotAPartialDrawingAndTheNextDrawingIsClean() throws {
        #expect(throws: GraphvizError.self) {
            try GraphvizRenderer.shared.render("graph g { a [label=<<B>unclosed>]; }", layout: .dot, format: .svg)
        }
        let drawing = try GraphvizRenderer.shared.render(smallGraph, layout: .neato, format: .svg)
        #expect(drawing.warnings.isEmpty)
    }

    @Test func twoHundredConcurrentRendersAllSucceed() throws {
        let results = Results(count: 200)
        DispatchQueue.concurrentPerform(iterations: 200) { index in
            let dot = "graph g { n\(index) [label=\"node \(index)\"]; n\(index) -- m; }"
            results.set(index, (try? GraphvizRenderer.shared.render(dot, layout: index % 2 == 0 ? .dot : .neato, format: .svg))?.bytes)
        }
        for index in 0..<200 {
            let svg = try #require(results.get(index), "render \(index) failed")
            #expect(try svgTexts(svg).contains("node \(index)"))
        }
    }

    @Test func missingPluginsAreExplainedWithWhatToInstall() {
        let error = GraphvizError(stage: .layout(.dot), messages: [#"Layout type: "dot" not recognized. Use one of:"#])
        #expect(error.isMissingPlugins)
        #expect(error.description.contains("apt-get install graphviz"))
        #expect(error.description.contains("dot -c"))
    }

    @Test func theLibraryReportsItsVersion() {
        #expect(GraphvizRenderer.shared.graphvizVersion.first?.isNumber == true)
    }

    @Test func theFormatComesFromTheFileExtension() {
        #expect(DrawingFormat(fileName: "maps/YP03.PNG") == .png)
        #expect(DrawingFormat(fileName: "map.svg") == .svg)
        #expect(DrawingFormat(fileName: "map") == nil)
    }
}

/// Slots written by concurrent renders, one each.
private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [[UInt8]?]

    init(count: Int) { values = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ value: [UInt8]?) { lock.withLock { values[index] = value } }
    func get(_ index: Int) -> [UInt8]? { lock.withLock { values[index] } }
}
