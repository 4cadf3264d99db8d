import Foundation
import Testing
import TestSupport

/// What one run of the `mon` binary printed and how it ended.
struct MonRun {
    let status: Int32
    /// True when a signal ended it (a crash: a trap, an abort, a segfault), not an exit.
    var crashed = false
    let stdout: String
    let stderr: String

    /// The lines on standard error.
    var errorLines: [String] { stderr.split(separator: "\n").map(String.init) }

    /// Parsed standard output, for `--format json`.
    func json() throws -> Any {
        try JSONSerialization.jsonObject(with: Data(stdout.utf8))
    }
}

/// The `mon` binary `swift test` built beside this test bundle.
let monBinary: String = {
    let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    return URL(fileURLWithPath: executable).deletingLastPathComponent().appendingPathComponent("mon").path
}()

/// Runs `mon` with `arguments`, in an environment without the caller's MON_* settings;
/// `input`, when given, is its standard input (`user add --password-stdin`), else it reads nothing.
func mon(_ arguments: [String], environment: [String: String] = [:], binary: String = monBinary,
         in folder: String? = nil, input: String? = nil) throws -> MonRun {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = arguments
    var inherited = ProcessInfo.processInfo.environment
    for key in ["MON_DB", "MON_ACTOR", "XDG_DATA_HOME"] { inherited[key] = nil }
    // English unless a test asks for another language, whatever the locale of the machine running the tests.
    inherited["MON_LANG"] = "en"
    process.environment = inherited.merging(environment) { $1 }
    if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
    let output = Pipe()
    process.standardOutput = output
    // Standard error goes to a file: a child writing much to both pipes would block
    // on the one not being read, while the test waited on the other.
    let errorPath = FileManager.default.temporaryDirectory.appendingPathComponent("mon-stderr-\(UUID().uuidString)").path
    _ = FileManager.default.createFile(atPath: errorPath, contents: nil)
    defer { try? FileManager.default.removeItem(atPath: errorPath) }
    let errors = try FileHandle(forWritingTo: URL(fileURLWithPath: errorPath))
    process.standardError = errors
    // Never the test runner's own standard input: a command reading it would wait on it.
    let inputPipe = input.map { _ in Pipe() }
    process.standardInput = inputPipe ?? FileHandle.nullDevice
    try process.run()
    if let inputPipe, let input {
        inputPipe.fileHandleForWriting.write(Data(input.utf8))
        try inputPipe.fileHandleForWriting.close()
    }
    let stdout = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try errors.close()
    let stderr = try Data(contentsOf: URL(fileURLWithPath: errorPath))
    return MonRun(status: process.terminationStatus, crashed: process.terminationReason == .uncaughtSignal,
                  stdout: String(decoding: stdout, as: UTF8.self),
                  stderr: String(decoding: stderr, as: UTF8.self))
}

/// Makes a database through the binary itself by running `mon init`, then
/// `steps` (each with `--db` and `--actor fixture` added), then lets `files` add what else the
/// tests need to the folder. Tests work on copies (`copyDatabase`). Nothing can
/// pass without it, so a failure stops the run.
func buildDatabase(_ steps: [[String]], files: (String) throws -> Void = { _ in }) -> String {
    do {
        let folder = try makeTemporaryFolder()
        for step in [["init"]] + steps {
            let run = try mon(step + ["--db", folder + "/mon.sqlite", "--actor", "fixture"])
            guard run.status == 0 else { fatalError("fixture step \(step) failed: \(run.stderr)") }
        }
        try files(folder)
        return folder
    } catch {
        fatalError("cannot build a test fixture: \(error)")
    }
}

/// A fresh copy of the database a fixture built, in a folder of its own.
func copyDatabase(in folder: String) throws -> String {
    let path = try makeTemporaryFolder() + "/mon.sqlite"
    try FileManager.default.copyItem(atPath: folder + "/mon.sqlite", toPath: path)
    return path
}

/// A refusal as the user meets it: exit status 1, one `error:` line that says
/// `reason`, nothing on standard output.
func expectRefused(_ run: MonRun, _ reason: String, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(run.status == 1, sourceLocation: sourceLocation)
    #expect(run.errorLines.count == 1, "stderr: \(run.stderr)", sourceLocation: sourceLocation)
    #expect(run.stderr.hasPrefix("error: "), sourceLocation: sourceLocation)
    #expect(run.stderr.contains(reason), "stderr: \(run.stderr)", sourceLocation: sourceLocation)
    #expect(run.stdout.isEmpty, sourceLocation: sourceLocation)
}

/// Runs `mon` as the unprivileged user `nobody` when the tests run as root,
/// for whom file permissions do not hold; as the caller otherwise.
func monWithoutPrivileges(_ arguments: [String]) throws -> MonRun {
    guard getuid() == 0 else { return try mon(arguments) }
    return try mon(["--reuid=65534", "--regid=65534", "--clear-groups", monBinary] + arguments, binary: "/usr/bin/setpriv")
}
