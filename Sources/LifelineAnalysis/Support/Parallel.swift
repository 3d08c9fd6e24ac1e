import Dispatch
import Foundation

/// Runs `first` on a second thread while `second` runs on this one, and returns both results.
///
/// For independent pieces of one build: the results are combined in a fixed order, so the output does not depend on
/// which finishes first. The two closures must not share mutable state.
package func inParallel<First, Second>(_ first: () -> First, _ second: () -> Second) -> (First, Second) {
    withoutActuallyEscaping(first) { first in
        withoutActuallyEscaping(second) { second in
            let slots = ParallelSlots(first: first, second: second)
            DispatchQueue.concurrentPerform(iterations: 2) { index in
                if index == 0 { slots.firstResult = slots.first() } else { slots.secondResult = slots.second() }
            }
            return (slots.firstResult!, slots.secondResult!)
        }
    }
}

/// The two closures and their results; each slot is written by one thread only, and read after both have finished.
private final class ParallelSlots<First, Second>: @unchecked Sendable {
    let first: () -> First
    let second: () -> Second
    var firstResult: First?
    var secondResult: Second?

    init(first: @escaping () -> First, second: @escaping () -> Second) {
        self.first = first
        self.second = second
    }
}

/// Runs `first` on a Dispatch worker while `second` runs on this one, and returns both results. Unlike
/// ``inParallel(_:_:)``, `second` runs outside any Dispatch loop, so Dispatch's own parallel loops inside it (the
/// simulation's) keep every worker (a loop nested in `concurrentPerform` ran on one thread); `first` should be
/// light enough to share a core. When `second` is done before a worker has started `first`, this thread runs
/// `first` itself (see ``ClaimableWork``).
package func alongside<First, Second>(_ first: () -> First, _ second: () -> Second) -> (First, Second) {
    withoutActuallyEscaping(first) { first in
        let slot = ClaimableWork(first)
        DispatchQueue.global(qos: .userInitiated).async { slot.runIfUnclaimed() }
        let secondResult = second()
        return (slot.result(), secondResult)
    }
}

/// Work that a helper thread or the thread that needs its result runs, whichever comes to it first: the one that needs
/// it never waits for a helper that has not started (on a virtual machine, a sleeping core took up to 5 ms to take
/// up a new thread). The value is written once, before `done` is signalled, and read after.
///
/// The work is let go of before the signal: `withoutActuallyEscaping` traps if the closure is still held when it
/// returns, and the helper can outlive the signal by a moment.
package final class ClaimableWork<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var work: (() -> Value)?
    private var value: Value?
    private let done = DispatchSemaphore(value: 0)

    /// Work for a helper or a reader to run, whichever comes to it first.
    package init(_ work: @escaping () -> Value) { self.work = work }

    /// The work, for the first caller only.
    private func claim() -> (() -> Value)? {
        lock.lock()
        defer { lock.unlock() }
        let claimed = work
        work = nil
        return claimed
    }

    /// The work's value if this caller is the first, else nil; the work is let go of on return.
    private func runIfFirst() -> Value? { claim()?() }

    /// On the helper: runs the work unless the reader has taken it; whether it ran it.
    @discardableResult
    package func runIfUnclaimed() -> Bool {
        guard let computed = runIfFirst() else { return false }
        value = computed
        done.signal()
        return true
    }

    /// The value: the work run on this thread when no helper has started it, else the helper's once it is done.
    package func result() -> Value {
        if let computed = runIfFirst() {
            value = computed
            done.signal()
        }
        done.wait()
        done.signal()  // for the next reader
        return value!
    }
}

/// `transform` of every element of `items`, on every core, in the items' order (for independent work such as
/// hashing each file a build writes).
package func parallelMap<Item, Result>(_ items: [Item], _ transform: (Item) -> Result) -> [Result] {
    withoutActuallyEscaping(transform) { transform in
        let slots = MapSlots(items: items, transform: transform)
        DispatchQueue.concurrentPerform(iterations: items.count) { slots.run($0) }
        return slots.results.map { $0! }
    }
}

/// The items, the transform and one result slot an item; each slot is written by one thread only, and read after
/// every thread has finished.
private final class MapSlots<Item, Result>: @unchecked Sendable {
    let items: [Item]
    let transform: (Item) -> Result
    let results: UnsafeMutableBufferPointer<Result?>

    init(items: [Item], transform: @escaping (Item) -> Result) {
        self.items = items
        self.transform = transform
        results = .allocate(capacity: items.count)
        results.initialize(repeating: nil)
    }

    deinit {
        results.deinitialize()
        results.deallocate()
    }

    /// Fills slot `index`.
    func run(_ index: Int) { results[index] = transform(items[index]) }
}

/// A value computed on a thread of its own from the moment this is made; ``value`` waits for it, or works it out
/// itself when the thread has not started yet. For work that can start before it is known to be needed (the
/// embedded data, while the command line is parsed) and for long work beside a build's other steps (the data files,
/// the chart files): the thread is not a Dispatch worker, so it keeps none of them from the short side-by-side steps
/// (``alongside(_:_:)``).
package final class Background<Value: Sendable>: @unchecked Sendable {
    private let work: ClaimableWork<Value>

    /// Starts `work` on a new thread, which then does `next` if it was the one that did `work` (for work that
    /// follows from it and has a ``ClaimableWork`` of its own, so that no one waits for a thread that never started).
    package init(_ work: @escaping @Sendable () -> Value, then next: (@Sendable () -> Void)? = nil) {
        let claimable = ClaimableWork(work)
        self.work = claimable
        Thread { if claimable.runIfUnclaimed() { next?() } }.start()
    }

    /// The value, once computed.
    package var value: Value { work.result() }
}
