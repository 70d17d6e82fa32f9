/// Which stored wordings are scored against a query.
extension ClaimIndex {
    /// Entries sharing one of the query's rarest tokens or one of its figures, in ascending id
    /// order; when there are more than ``scoredCandidates``, those sharing the most probe tokens,
    /// the most recent (highest id) first.
    ///
    /// Each id is counted once per probe list it is in through a small open-addressing table
    /// sized to the postings read, rather than by sorting every posting read: the sort was most
    /// of the cost of matching. Only the ids that survive are sorted, which keeps the order, and
    /// so every tie in ``bestMatch(for:)``, exactly as before.
    ///
    /// `storedAlready`: the query is itself in the index (a second look at a stored mention), so
    /// a token only it holds finds nothing else and must not take a probe's place.
    func candidates(for query: Query, storedAlready: Bool = false) -> [Int32] {
        let rarest: Int32 = storedAlready ? 2 : 1
        var probes = query.tokens.filter { documentFrequency[Int($0)] >= rarest }
        probes.sort { documentFrequency[Int($0)] < documentFrequency[Int($1)] }
        var chosen = Array(probes.prefix(probeTokens))
        // A candidate with figures must share one with the query: probe them all.
        chosen.append(contentsOf: query.figures.filter { documentFrequency[Int($0)] >= rarest })
        var read = 0
        for token in chosen { read += min(postings[Int(token)].count, postingCap) }
        var counts = HitCounts(capacityFor: read)
        for token in chosen {
            for id in postings[Int(token)].suffix(postingCap) { counts.count(id) }
        }
        guard counts.foundCount > scoredCandidates else {
            return counts.slots.map { counts.ids[Int($0)] }.sorted()
        }
        // Too many to score: keep those sharing the most probe tokens, the most recent first.
        // A histogram of hit counts finds the cut in one pass.
        let top = chosen.count + 1
        var histogram = [Int](repeating: 0, count: top + 1)
        for slot in counts.slots { histogram[min(Int(counts.hits[Int(slot)]), top)] += 1 }
        var cut = top
        var kept = histogram[cut]
        while cut > 1, kept + histogram[cut - 1] <= scoredCandidates {
            cut -= 1
            kept += histogram[cut]
        }
        var room = scoredCandidates - kept
        // Only ids at or one below the cut can be chosen; walk them from the highest id down.
        var near: [(id: Int32, hits: Int)] = []
        near.reserveCapacity(counts.foundCount)
        for slot in counts.slots where min(Int(counts.hits[Int(slot)]), top) >= cut - 1 {
            near.append((counts.ids[Int(slot)], min(Int(counts.hits[Int(slot)]), top)))
        }
        near.sort { $0.id > $1.id }
        var chosenIDs: [Int32] = []
        chosenIDs.reserveCapacity(scoredCandidates)
        for candidate in near {
            if candidate.hits >= cut {
                chosenIDs.append(candidate.id)
            } else if room > 0 {
                chosenIDs.append(candidate.id)
                room -= 1
            }
        }
        return chosenIDs
    }
}

/// How many probe lists each entry id is in: an open-addressing table (linear probing) at most
/// half full, with the slots in use listed in first-seen order. Raw buffers, freed on `deinit`:
/// it is filled once per match with thousands of ids, where array uniqueness checks showed.
private struct HitCounts: ~Copyable {
    let ids: UnsafeMutableBufferPointer<Int32>
    let hits: UnsafeMutableBufferPointer<Int32>
    /// The slots in use, in the order their ids were first counted.
    let found: UnsafeMutableBufferPointer<Int32>
    private(set) var foundCount = 0
    private let mask: Int
    private let shift: UInt32

    init(capacityFor count: Int) {
        var bits = 4
        while 1 << bits < 2 * count { bits += 1 }
        ids = .allocate(capacity: 1 << bits)
        ids.initialize(repeating: -1)
        hits = .allocate(capacity: 1 << bits)
        found = .allocate(capacity: max(count, 1))
        mask = (1 << bits) - 1
        shift = UInt32(32 - bits)
    }

    deinit {
        ids.deallocate()
        hits.deallocate()
        found.deallocate()
    }

    /// The slots in use, first seen first.
    var slots: UnsafeMutableBufferPointer<Int32>.SubSequence { found[..<foundCount] }

    /// Counts one more probe list holding `id` (entry ids are never negative).
    @inline(__always) mutating func count(_ id: Int32) {
        // Fibonacci hashing: entry ids are dense, so spread them by the golden-ratio multiplier.
        var slot = Int((UInt32(bitPattern: id) &* 2_654_435_769) >> shift)
        while true {
            if ids[slot] == id {
                hits[slot] += 1
                return
            }
            if ids[slot] < 0 {
                ids[slot] = id
                hits[slot] = 1
                found[foundCount] = Int32(slot)
                foundCount += 1
                return
            }
            slot = (slot + 1) & mask
        }
    }
}
