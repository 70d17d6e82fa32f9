import Foundation

/// `print(_:to:)` target for standard output, buffered: an export makes
/// millions of small writes, and a system call for each cost more than the
/// export itself (8 s instead of under 1 s for 1,000 articles). The buffer is
/// written out when it fills and when the output is dropped.
final class StandardOutput: TextOutputStream {
    private var buffer: [UInt8] = []
    private let descriptor: Int32
    private static let capacity = 1 << 16

    init(descriptor: Int32 = STDOUT_FILENO) {
        self.descriptor = descriptor
        buffer.reserveCapacity(Self.capacity)
    }

    deinit { flush() }

    func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= Self.capacity { flush() }
    }

    func flush() {
        var offset = 0
        while offset < buffer.count {
            let written = buffer[offset...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if written <= 0 { break }  // a closed pipe: nothing more can be written
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// `print(_:to:)` target for standard error: diagnostics and progress, written at once.
struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandle.standardError.write(Data(string.utf8))
    }
}
