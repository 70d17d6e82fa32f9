/// An output that can fail to write: a full disk, a file on a removed drive.
///
/// `TextOutputStream.write(_:)` cannot throw, so a sink that writes to a file keeps its first
/// failure and reports it here. The exporters ask after every row, through
/// ``Swift/TextOutputStream/stopIfWriteFailed()``, so an export into a full disk stops at the
/// row that failed instead of reading the rest of the store for nothing.
public protocol CheckedOutput {
    /// Throws the first write that failed, if one did.
    func checkWritten() throws
}

extension TextOutputStream {
    /// Throws when this output is a ``CheckedOutput`` whose writes failed; a `String` never fails.
    public func stopIfWriteFailed() throws {
        try (self as? any CheckedOutput)?.checkWritten()
    }
}
