import Foundation
import Provenance

/// `print(_:to:)` target for standard output or a file, buffered: an export makes millions of
/// small writes, and a system call for each cost more than the export itself (8 s instead of
/// under 1 s for 1,000 articles). The buffer is written out when it fills and by ``finish()``.
///
/// A write that fails (a full disk, a closed pipe) is kept, and later writes are dropped:
/// ``finish()`` and ``checkWritten()`` throw it, so a cut-off output never ends in success.
/// A write interrupted by a signal (`EINTR`) is retried.
final class StandardOutput: TextOutputStream, CheckedOutput {
    /// `write(2)`'s shape, so that tests can make it fail or be interrupted.
    typealias WriteFunction = (Int32, UnsafeRawPointer?, Int) -> Int

    private var buffer: [UInt8] = []
    private let descriptor: Int32
    private let name: String
    private let writeBytes: WriteFunction
    /// The first write that failed; nothing is written after it.
    private(set) var failure: OutputWriteError?
    private static let capacity = 1 << 16

    /// - Parameter name: what the error message calls the output, e.g. a file's path.
    init(
        descriptor: Int32 = STDOUT_FILENO, name: String = "standard output",
        write: @escaping WriteFunction = { Foundation.write($0, $1, $2) }
    ) {
        self.descriptor = descriptor
        self.name = name
        self.writeBytes = write
        buffer.reserveCapacity(Self.capacity)
    }

    /// Flushes what it can on an error path; only ``finish()`` reports a failure.
    deinit { flush() }

    func write(_ string: String) {
        guard failure == nil else { return }
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= Self.capacity { flush() }
    }

    /// Writes out the buffer; a failure is kept for ``checkWritten()``.
    func flush() {
        var offset = 0
        while failure == nil, offset < buffer.count {
            let (written, code) = buffer[offset...].withUnsafeBytes { bytes in
                let written = writeBytes(descriptor, bytes.baseAddress, bytes.count)
                return (written, errno)
            }
            if written > 0 {
                offset += written
            } else if written < 0, code == EINTR {
                continue
            } else {
                // write(2) returns 0 for a non-empty buffer only on a device that takes no more.
                failure = OutputWriteError(name: name, code: written < 0 ? code : ENOSPC)
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    func checkWritten() throws {
        if let failure { throw failure }
    }

    /// Writes out the buffer and throws if any write failed: every command ends with it.
    func finish() throws {
        flush()
        try checkWritten()
    }
}

/// A write to standard output or a file failed: the output is incomplete.
struct OutputWriteError: Error, CustomStringConvertible {
    var name: String
    var code: Int32

    var description: String {
        "cannot write to \(name): \(String(cString: strerror(code))); the output is incomplete"
    }
}

/// `print(_:to:)` target for standard error: diagnostics and progress, written at once.
struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandle.standardError.write(Data(string.utf8))
    }
}
