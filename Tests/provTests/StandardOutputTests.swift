import Foundation
import Testing

@testable import prov

/// The buffered output every command writes through: failures are kept, interruptions retried.
@Suite("StandardOutput")
struct StandardOutputTests {
    @Test("a failed write is kept: later writes are dropped and finish() throws it")
    func failureIsSticky() throws {
        let descriptor = open("/dev/full", O_WRONLY)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        let output = StandardOutput(descriptor: descriptor, name: "/dev/full")
        output.write("hello\n")
        #expect(throws: Never.self) { try output.checkWritten() }  // still buffered
        let error = try #require(throws: OutputWriteError.self) { try output.finish() }
        #expect(error.code == ENOSPC)
        #expect(error.description == "cannot write to /dev/full: No space left on device; the output is incomplete")
        #expect(throws: OutputWriteError.self) { try output.checkWritten() }
    }

    @Test("a write interrupted by a signal (EINTR) is retried, and a short write is continued")
    func interruptedWriteIsRetried() throws {
        final class Device {
            var calls = 0
            var received: [UInt8] = []
        }
        let device = Device()
        let output = StandardOutput(descriptor: 99, name: "test") { _, bytes, count in
            device.calls += 1
            if device.calls == 1 {
                errno = EINTR
                return -1
            }
            // Take at most 3 bytes a call: a short write.
            let taken = min(count, 3)
            let buffer = UnsafeRawBufferPointer(start: bytes, count: taken)
            device.received.append(contentsOf: buffer)
            return taken
        }
        output.write("interrupted")
        try output.finish()
        #expect(String(decoding: device.received, as: UTF8.self) == "interrupted")
        #expect(device.calls == 1 + 4)
    }

    @Test("another error than EINTR is not retried")
    func otherErrorsStop() throws {
        let output = StandardOutput(descriptor: 99, name: "a pipe") { _, _, _ in
            errno = EIO
            return -1
        }
        output.write("x")
        let error = try #require(throws: OutputWriteError.self) { try output.finish() }
        #expect(error.code == EIO)
    }
}
