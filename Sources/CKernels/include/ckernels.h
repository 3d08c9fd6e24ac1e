#ifndef LIFELINE_CKERNELS_H
#define LIFELINE_CKERNELS_H

/// Column loops of the simulation in 256-bit AVX lanes, for processors that have AVX2 (chosen at run time; the
/// Swift loops, which the compiler packs two values at a time, run elsewhere). Every loop does, lane by lane, exactly
/// the operations of the Swift loop it stands for, in the same order, with nothing fused: the same bits.

/// Whether this processor and its operating system run AVX2 instructions; 0 elsewhere (and on other processors).
int lifeline_kernels_avx2(void);

/// The operations of `lifeline_column_op`, numbered as `ColumnOp.Code`'s raw values.
enum {
    LIFELINE_COLUMN_ADD = 0,
    LIFELINE_COLUMN_SUBTRACT = 1,
    LIFELINE_COLUMN_MULTIPLY = 2,
    LIFELINE_COLUMN_DIVIDE = 3,
    LIFELINE_COLUMN_MINIMUM = 5,
    LIFELINE_COLUMN_MAXIMUM = 6,
    LIFELINE_COLUMN_NEGATE = 7,
    LIFELINE_COLUMN_COPY = 8,
};

/// `target[j] = a[j] ∘ b[j]` for `j < count`, where a null `a` or `b` stands for the constant `ca` or `cb` (not both):
/// `+ − × ÷`, the minimum as `b < a ? b : a`, the maximum as `b > a ? b : a`, `−a`, and `a`. Returns 0 for an
/// operation it does not run (the power), 1 when done. Call only when `lifeline_kernels_avx2()` returned 1.
int lifeline_column_op(int op, double *target, const double *a, const double *b, double ca, double cb, long count);

/// The moments of `count` values as `WorkerState.moments` takes them: the sums of (value − shift) and of its square
/// in four running lanes (values 4i, 4i+1 | 4i+2, 4i+3), then the rest one at a time; and the extremes by plain
/// comparison. Writes sum, squares, minimum and maximum to `out`. Call only when `lifeline_kernels_avx2()` returned 1.
void lifeline_moments(const double *values, long count, double shift, double out[4]);

/// Four two-part mixtures of points and uniform ranges, each drawn from its own xoshiro256** generator, `count`
/// draws each, in lockstep (generator m in lane m): as `MixtureSampler.fill` draws a two-part mixture, one 64-bit
/// output a draw, its high 32 bits picking the part (the second when they are at least `threshold[m]`), its low 32
/// bits the value `offset[part] + scale[part] × u` with u = (bits + ½) 2⁻³². `states` holds the generators' words
/// s0…s3, four a generator, and is advanced; `offsets` and `scales` hold each mixture's two parts; draw j of
/// mixture m goes to `outputs[m][j]`. Call only when `lifeline_kernels_avx2()` returned 1.
void lifeline_mixtures2(unsigned long long states[16], const unsigned long long thresholds[4], const double offsets[8],
                        const double scales[8], double *const outputs[4], long count);

/// AS 241's central formula (|p − ½| ≤ 0.425) for `count` probabilities in place, four at a time, as
/// `StandardNormal.quantiles` takes it two at a time: each value inside the central region is replaced by its
/// quantile; the index of every other value, and of the last `count % 4` values, is written to `tails`, in order, for
/// the caller to finish with the scalar formula. Returns how many indices it wrote. Call only when
/// `lifeline_kernels_avx2()` returned 1.
long lifeline_normal_central(double *values, long count, long *tails);

#endif
