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
/// light enough to share a core.
package func alongside<First, Second>(_ first: () -> First, _ second: () -> Second) -> (First, Second) {
    withoutActuallyEscaping(first) { first in
        let slot = ThreadSlot(first)
        DispatchQueue.global(qos: .userInitiated).async { slot.run() }
        let secondResult = second()
        return (slot.wait(), secondResult)
    }
}

/// The work of ``alongside(_:_:)``'s worker and its result, written once before `done` is signalled. The work is
/// released before the signal: `withoutActuallyEscaping` traps if the closure is still held when it returns, and
/// the worker's block can outlive the signal by a moment.
private final class ThreadSlot<Value>: @unchecked Sendable {
    var work: (() -> Value)?
    var value: Value?
    let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping () -> Value) { self.work = work }

    /// Runs the work, lets go of it, and signals.
    func run() {
        value = work?()
        work = nil
        done.signal()
    }

    /// Waits for the work and returns its result.
    func wait() -> Value {
        done.wait()
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

/// A value computed on a thread of its own from the moment this is made, for work that can start before it is known
/// to be needed (the embedded data and templates, while the command line is parsed); ``value`` waits for it. The
/// thread is not a Dispatch worker, so waiting for it from one never holds up the work it waits for.
package final class Prefetched<Value: Sendable>: @unchecked Sendable {
    /// Written once by the thread, before `done` is signalled; read only after.
    private var result: Value?
    private let done = DispatchSemaphore(value: 0)

    /// Starts `work` on a new thread.
    package init(_ work: @escaping @Sendable () -> Value) {
        let thread = Thread { [self] in
            result = work()
            done.signal()
        }
        thread.start()
    }

    /// The value, once computed.
    package var value: Value {
        done.wait()
        done.signal()  // for the next reader
        return result!
    }
}
