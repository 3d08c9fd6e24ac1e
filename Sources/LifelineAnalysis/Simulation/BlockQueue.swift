import Foundation

/// Hands out block numbers 0, 1, 2, … to whichever thread asks next, so that a thread slowed down (by another
/// program, or a virtual CPU another machine is using) simply takes fewer blocks. Which thread draws a block never
/// changes its numbers (see ``MonteCarlo``).
///
/// `@unchecked Sendable`: the counter is only read and written under the lock. A block is tens of milliseconds of
/// work, so the lock is taken a handful of times per run.
final class BlockQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    /// One past the last block.
    let count: Int

    init(count: Int) { self.count = count }

    /// The next block nobody has taken, or nil when all are taken.
    func take() -> Int? {
        lock.withLock {
            guard next < count else { return nil }
            defer { next += 1 }
            return next
        }
    }
}
