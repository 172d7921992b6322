import ArgumentParser
import Foundation

/// Prints a pack to PDF with headless Chromium, when it is installed: the browser lays the
/// page out with the pack's own print stylesheet, as a person printing it would see it.
enum PackPrinter {
    static let browsers = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    /// Writes `html` printed to PDF beside it (`pack.html` → `pack.pdf`), and returns its path.
    static func printToPDF(html: String) throws -> String {
        guard let browser = browsers.lazy.compactMap(Self.find).first else {
            Terminal.error("error: --pdf needs Chromium, which is not installed; install it (Debian: apt-get install chromium) or print the HTML from a browser.")
            throw ExitCode(1)
        }
        let page = URL(fileURLWithPath: html).standardizedFileURL
        let pdf = page.deletingPathExtension().appendingPathExtension("pdf")
        let process = Process()
        process.executableURL = browser
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                             "--print-to-pdf=\(pdf.path)", page.absoluteString]
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        do {
            try process.run()
        } catch {
            Terminal.error("error: could not start \(browser.path): \(error.localizedDescription)")
            throw ExitCode(1)
        }
        let said = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: pdf.path) else {
            Terminal.error("error: Chromium could not print \(html) to PDF:\n" + String(decoding: said, as: UTF8.self))
            throw ExitCode(1)
        }
        return pdf.path
    }

    private static func find(_ name: String) -> URL? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }
}
