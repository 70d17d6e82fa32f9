import Dispatch

/// Runs an import's SQLite work on a serial queue of its own, so that the importing thread plans
/// the next batch while this one is written.
///
/// `@unchecked Sendable`: the store is confined to the queue. Once a store is handed to a writer,
/// the thread that made it reaches it only through ``read(_:)``, which runs on the queue too;
/// `failure` is written on the queue and read after the group says every write returned.
final class StoreWriter: @unchecked Sendable {
    private let store: Store
    private let queue = DispatchQueue(label: "prov.store-writer")
    private let group = DispatchGroup()
    private var failure: (any Error)?

    init(store: Store) {
        self.store = store
    }

    /// Starts writing a batch, after the batches submitted before it. After a failure, later
    /// batches are skipped: the store keeps the whole batches written before.
    func submit(_ plan: BatchPlan) {
        queue.async(group: group) { [self] in
            guard failure == nil else { return }
            do { try store.write(plan) } catch { failure = error }
        }
    }

    /// Waits until every submitted batch is written; throws the first failure.
    func drain() throws {
        group.wait()
        if let failure { throw failure }
    }

    /// Runs `body` with the store on the writer's queue, after the writes submitted before it.
    func read<Value>(_ body: (Store) throws -> Value) throws -> Value {
        try queue.sync { try body(store) }
    }
}
