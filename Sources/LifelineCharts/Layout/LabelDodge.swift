/// Moves labels along one direction so that none overlap, each moving as little as possible:
/// overlapping labels merge into clusters centred on their wanted positions, then clusters are
/// kept inside the bounds. Used for direct labels at the ends of lines.
public enum LabelDodge {
    /// Positions (centres) at least `spacing` apart, in the input order, as near to `positions` as possible.
    /// Non-finite wanted positions are treated as the lower bound. When the labels cannot all fit,
    /// the lower bound wins and the last ones run past the upper bound.
    public static func spread(_ positions: [Double], spacing: Double, within bounds: ClosedRange<Double>) -> [Double] {
        guard !positions.isEmpty else { return [] }
        let spacing = spacing.isFinite ? max(spacing, 0) : 0
        let wanted = positions.map { $0.isFinite ? min(max($0, bounds.lowerBound), bounds.upperBound) : bounds.lowerBound }
        let order = wanted.indices.sorted { (wanted[$0], $0) < (wanted[$1], $1) }

        var clusters: [(members: [Int], first: Double)] = []
        for index in order {
            clusters.append(([index], wanted[index]))
            while clusters.count > 1 {
                let last = clusters[clusters.count - 1], previous = clusters[clusters.count - 2]
                let previousEnd = previous.first + Double(previous.members.count - 1) * spacing
                if previousEnd + spacing <= last.first + 1e-9 { break }
                let members = previous.members + last.members
                let ideal =
                    members.enumerated().map { wanted[$1] - Double($0) * spacing }
                    .reduce(0, +) / Double(members.count)
                clusters.removeLast(2)
                clusters.append((members, ideal))
            }
        }

        var sorted = clusters.flatMap { cluster in
            cluster.members.indices.map { cluster.first + Double($0) * spacing }
        }
        for index in sorted.indices.reversed() {
            let limit = index == sorted.count - 1 ? bounds.upperBound : sorted[index + 1] - spacing
            sorted[index] = min(sorted[index], limit)
        }
        for index in sorted.indices {
            let limit = index == 0 ? bounds.lowerBound : sorted[index - 1] + spacing
            sorted[index] = max(sorted[index], limit)
        }
        var result = positions
        for (rank, index) in order.enumerated() { result[index] = sorted[rank] }
        return result
    }

    /// Horizontal extents and rows for labels above a plot, each naming the vertical line at `positions[i]`.
    ///
    /// Labels stay centred on their lines in one row when they fit. Otherwise each label ends at its
    /// line (extending left, or right when there is no room on the left) and takes the lowest row where
    /// it overlaps no other label, where the leader line from the plot up to it crosses no label below,
    /// and where it sits on no leader line of a label above.
    static func topPlacement(
        positions: [Double], widths: [Double], within bounds: ClosedRange<Double>, gap: Double
    ) -> [(extent: ClosedRange<Double>, row: Int)] {
        let centred = zip(positions, widths).map { clamp(($0 - $1 / 2)...($0 + $1 / 2), into: bounds) }
        let order = positions.indices.sorted { (positions[$0], $0) < (positions[$1], $1) }
        let disjoint = zip(order, order.dropFirst()).allSatisfy { centred[$0].upperBound + gap <= centred[$1].lowerBound }
        if disjoint { return centred.map { ($0, 0) } }

        var placed: [(extent: ClosedRange<Double>, row: Int, x: Double)] = Array(repeating: (0...0, 0, 0), count: positions.count)
        var done: [Int] = []
        for index in order {
            let x = positions[index], width = widths[index]
            let extent =
                x - width >= bounds.lowerBound
                ? (x - width)...x : clamp(x...(x + width), into: bounds)
            func valid(_ row: Int) -> Bool {
                done.allSatisfy { other in
                    let o = placed[other]
                    if o.row == row {
                        return extent.upperBound + gap <= o.extent.lowerBound || o.extent.upperBound + gap <= extent.lowerBound
                    }
                    if o.row < row { return !o.extent.contains(x) }
                    return !extent.contains(o.x)
                }
            }
            let row = (0...done.count).first(where: valid) ?? ((done.map { placed[$0].row }.max() ?? -1) + 1)
            placed[index] = (extent, row, x)
            done.append(index)
        }
        return placed.map { ($0.extent, $0.row) }
    }

    /// `extent` shifted (not resized) to lie inside `bounds` where it can.
    private static func clamp(_ extent: ClosedRange<Double>, into bounds: ClosedRange<Double>) -> ClosedRange<Double> {
        let width = extent.upperBound - extent.lowerBound
        let start = min(max(extent.lowerBound, bounds.lowerBound), max(bounds.lowerBound, bounds.upperBound - width))
        return start...(start + width)
    }
}
