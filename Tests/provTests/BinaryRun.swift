import Foundation

/// Runs the built `prov` binary (`.build/<triple>/debug/prov`), for exit codes, stderr and
/// outputs that only a real process has: a full disk, a file that is not prov's.
enum BinaryRun {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `prov arguments`; `stdout` replaces the captured pipe when given (e.g. /dev/full).
    static func prov(_ arguments: [String], stdout: FileHandle? = nil) throws -> Outcome {
        let process = Process()
        process.executableURL = Bundle.main.bundleURL.appending(path: "prov")
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["PROV_DB"] = nil
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = stdout ?? out
        process.standardError = err
        try process.run()
        let written = stdout == nil ? out.fileHandleForReading.readDataToEndOfFile() : Data()
        let diagnostics = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus, stdout: String(decoding: written, as: UTF8.self),
            stderr: String(decoding: diagnostics, as: UTF8.self))
    }

    /// A `prov` process under way, for tests that run several at once.
    struct Running {
        let process: Process
        let out = Pipe()
        let err = Pipe()

        /// Reads the process's output to its end and waits for it to exit.
        func finish() -> Outcome {
            let written = out.fileHandleForReading.readDataToEndOfFile()
            let diagnostics = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return Outcome(
                status: process.terminationStatus, stdout: String(decoding: written, as: UTF8.self),
                stderr: String(decoding: diagnostics, as: UTF8.self))
        }
    }

    /// Starts `prov arguments` and returns at once.
    static func start(_ arguments: [String]) throws -> Running {
        let process = Process()
        process.executableURL = Bundle.main.bundleURL.appending(path: "prov")
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["PROV_DB"] = nil
        process.environment = environment
        let running = Running(process: process)
        process.standardOutput = running.out
        process.standardError = running.err
        try process.run()
        return running
    }

    /// A fresh temporary folder, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appending(path: "prov-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
