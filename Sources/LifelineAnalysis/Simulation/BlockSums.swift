/// One block's sums of (value − reference) and its square, for one output.
struct BlockSums {
    var sum = 0.0
    var squares = 0.0
}
