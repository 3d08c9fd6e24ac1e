/// A family's cumulative receipts after `year` years of regular sending (models 5 and 7).
///
/// JSON keys: `year`, `sent`, `received` (at today's costs), `receivedAtTarget` (at the SDG 10.c cost),
/// `lost` (sent − received), each an ``Interval`` in USD.
public struct CumulativeYear: Codable, Sendable, Equatable {
    /// Years of sending so far.
    public var year: Int
    /// Total sent.
    public var sent: Interval
    /// Total received at today's fees and losses.
    public var received: Interval
    /// Total that would be received if costs were at the SDG target.
    public var receivedAtTarget: Interval
    /// Total lost to fees and exchange rates.
    public var lost: Interval

    /// Creates a year.
    public init(year: Int, sent: Interval, received: Interval, receivedAtTarget: Interval, lost: Interval) {
        self.year = year
        self.sent = sent
        self.received = received
        self.receivedAtTarget = receivedAtTarget
        self.lost = lost
    }
}
