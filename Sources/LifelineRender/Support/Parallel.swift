import Dispatch

/// Runs `first` on a second thread while `second` runs on this one, and returns both results.
///
/// For independent pieces of one build: the results are combined in a fixed order, so the output does not depend on
/// which finishes first. The two closures must not share mutable state.
func inParallel<First, Second>(_ first: () -> First, _ second: () -> Second) -> (First, Second) {
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
