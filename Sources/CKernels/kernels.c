#pragma STDC FP_CONTRACT OFF
#include "ckernels.h"

#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
#include <cpuid.h>
#include <immintrin.h>

int lifeline_kernels_avx2(void) {
    unsigned a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d)) return 0;
    // AVX, and the operating system saves the 256-bit registers (OSXSAVE, then XCR0's SSE and AVX state bits).
    if (!(c & (1u << 27)) || !(c & (1u << 28))) return 0;
    unsigned lo, hi;
    __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    if ((lo & 6u) != 6u) return 0;
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d)) return 0;
    return (b & (1u << 5)) ? 1 : 0;
}

/// One loop per shape of operands (two columns, a column and a constant, a constant and a column): `VECTOR` computes
/// four results from the registers `x` and `y`, `SCALAR` one from the doubles `u` and `v`.
#define LIFELINE_LOOP(VECTOR, SCALAR)                                                                                \
    do {                                                                                                             \
        long j = 0;                                                                                                  \
        if (a && b) {                                                                                                \
            for (; j + 4 <= count; j += 4) {                                                                         \
                __m256d x = _mm256_loadu_pd(a + j), y = _mm256_loadu_pd(b + j);                                      \
                _mm256_storeu_pd(target + j, VECTOR);                                                                \
            }                                                                                                        \
            for (; j < count; j++) { double u = a[j], v = b[j]; target[j] = SCALAR; }                                \
        } else if (a) {                                                                                              \
            __m256d y = _mm256_set1_pd(cb);                                                                          \
            for (; j + 4 <= count; j += 4) {                                                                         \
                __m256d x = _mm256_loadu_pd(a + j);                                                                  \
                _mm256_storeu_pd(target + j, VECTOR);                                                                \
            }                                                                                                        \
            for (; j < count; j++) { double u = a[j], v = cb; target[j] = SCALAR; }                                  \
        } else {                                                                                                     \
            __m256d x = _mm256_set1_pd(ca);                                                                          \
            for (; j + 4 <= count; j += 4) {                                                                         \
                __m256d y = _mm256_loadu_pd(b + j);                                                                  \
                _mm256_storeu_pd(target + j, VECTOR);                                                                \
            }                                                                                                        \
            for (; j < count; j++) { double u = ca, v = b[j]; target[j] = SCALAR; }                                  \
        }                                                                                                            \
    } while (0)

__attribute__((target("avx2")))
int lifeline_column_op(int op, double *target, const double *a, const double *b, double ca, double cb, long count) {
    switch (op) {
    case LIFELINE_COLUMN_ADD: LIFELINE_LOOP(_mm256_add_pd(x, y), u + v); return 1;
    case LIFELINE_COLUMN_SUBTRACT: LIFELINE_LOOP(_mm256_sub_pd(x, y), u - v); return 1;
    case LIFELINE_COLUMN_MULTIPLY: LIFELINE_LOOP(_mm256_mul_pd(x, y), u * v); return 1;
    case LIFELINE_COLUMN_DIVIDE: LIFELINE_LOOP(_mm256_div_pd(x, y), u / v); return 1;
    // MINPD(y, x) is y < x ? y : x, lane by lane: `b < a ? b : a`, NaNs and zeros included.
    case LIFELINE_COLUMN_MINIMUM: LIFELINE_LOOP(_mm256_min_pd(y, x), v < u ? v : u); return 1;
    case LIFELINE_COLUMN_MAXIMUM: LIFELINE_LOOP(_mm256_max_pd(y, x), v > u ? v : u); return 1;
    // The sign bit flipped, as Swift's negation flips it (a NaN's too).
    case LIFELINE_COLUMN_NEGATE: LIFELINE_LOOP(_mm256_xor_pd(x, _mm256_set1_pd(-0.0)), -u); return 1;
    case LIFELINE_COLUMN_COPY: LIFELINE_LOOP(x, u); return 1;
    default: return 0;
    }
}

__attribute__((target("avx2")))
void lifeline_moments(const double *values, long count, double shift, double out[4]) {
    // Lanes 0, 1 are the Swift loop's first pair of accumulators, lanes 2, 3 its second.
    __m256d shifts = _mm256_set1_pd(shift);
    __m256d sum = _mm256_setzero_pd(), squares = _mm256_setzero_pd();
    __m256d low = _mm256_set1_pd(__builtin_inf()), high = _mm256_set1_pd(-__builtin_inf());
    long j = 0;
    for (; j + 4 <= count; j += 4) {
        __m256d v = _mm256_loadu_pd(values + j);
        __m256d d = _mm256_sub_pd(v, shifts);
        // `d` first: a NaN then keeps the sign and payload the Swift loop gives it (the tests compare bits; no valid
        // model makes a NaN, but a NaN's sign shows in its text, "-nan").
        sum = _mm256_add_pd(d, sum);
        squares = _mm256_add_pd(_mm256_mul_pd(d, d), squares);
        low = _mm256_min_pd(v, low);    // v < low ? v : low
        high = _mm256_max_pd(v, high);  // v > high ? v : high
    }
    double s[4], q[4], l[4], h[4];
    _mm256_storeu_pd(s, sum);
    _mm256_storeu_pd(q, squares);
    _mm256_storeu_pd(l, low);
    _mm256_storeu_pd(h, high);
    double total = (s[0] + s[1]) + (s[2] + s[3]);
    double totalSquares = (q[0] + q[1]) + (q[2] + q[3]);
    // The pairs' extremes, then the lanes': lowB < lowA ? lowB : lowA, then low[0] < low[1] ? low[0] : low[1].
    double low0 = l[2] < l[0] ? l[2] : l[0], low1 = l[3] < l[1] ? l[3] : l[1];
    double high0 = h[2] > h[0] ? h[2] : h[0], high1 = h[3] > h[1] ? h[3] : h[1];
    double minimum = low0 < low1 ? low0 : low1;
    double maximum = high0 > high1 ? high0 : high1;
    for (; j < count; j++) {
        double v = values[j], d = v - shift;
        total += d;
        totalSquares += d * d;
        minimum = v < minimum ? v : minimum;
        maximum = v > maximum ? v : maximum;
    }
    out[0] = total;
    out[1] = totalSquares;
    out[2] = minimum;
    out[3] = maximum;
}

/// Loads four generators' words into registers `s0`…`s3` (lane m is generator m).
#define LIFELINE_LOAD_STATES(states)                                                                                 \
    __m256i s0 = _mm256_set_epi64x(states[12], states[8], states[4], states[0]);                                     \
    __m256i s1 = _mm256_set_epi64x(states[13], states[9], states[5], states[1]);                                     \
    __m256i s2 = _mm256_set_epi64x(states[14], states[10], states[6], states[2]);                                    \
    __m256i s3 = _mm256_set_epi64x(states[15], states[11], states[7], states[3])

/// The next output of each generator in `BITS`: xoshiro256**'s rotl(s1 × 5, 7) × 9, then the state's update.
#define LIFELINE_NEXT(BITS)                                                                                          \
    __m256i BITS;                                                                                                    \
    do {                                                                                                             \
        __m256i x_ = _mm256_add_epi64(_mm256_slli_epi64(s1, 2), s1);                                                 \
        x_ = _mm256_or_si256(_mm256_slli_epi64(x_, 7), _mm256_srli_epi64(x_, 57));                                   \
        BITS = _mm256_add_epi64(_mm256_slli_epi64(x_, 3), x_);                                                       \
        __m256i t_ = _mm256_slli_epi64(s1, 17);                                                                      \
        s2 = _mm256_xor_si256(s2, s0);                                                                               \
        s3 = _mm256_xor_si256(s3, s1);                                                                               \
        s1 = _mm256_xor_si256(s1, s2);                                                                               \
        s0 = _mm256_xor_si256(s0, s3);                                                                               \
        s2 = _mm256_xor_si256(s2, t_);                                                                               \
        s3 = _mm256_or_si256(_mm256_slli_epi64(s3, 45), _mm256_srli_epi64(s3, 19));                                  \
    } while (0)

/// Writes registers `s0`…`s3` back to four generators' words.
#define LIFELINE_STORE_STATES(states)                                                                                \
    do {                                                                                                             \
        unsigned long long words_[4][4];                                                                             \
        _mm256_storeu_si256((__m256i *)words_[0], s0);                                                               \
        _mm256_storeu_si256((__m256i *)words_[1], s1);                                                               \
        _mm256_storeu_si256((__m256i *)words_[2], s2);                                                               \
        _mm256_storeu_si256((__m256i *)words_[3], s3);                                                               \
        for (int m_ = 0; m_ < 4; m_++)                                                                               \
            for (int w_ = 0; w_ < 4; w_++) states[4 * m_ + w_] = words_[w_][m_];                                     \
    } while (0)

/// An integer below 2⁵² as a double, as `Sampler.double` makes it: placed in 2⁵²'s mantissa, 2⁵² subtracted.
#define LIFELINE_DOUBLE(INTEGER)                                                                                     \
    _mm256_sub_pd(_mm256_castsi256_pd(_mm256_or_si256(INTEGER, _mm256_set1_epi64x(0x4330000000000000LL))),          \
                  _mm256_set1_pd(0x1p52))

/// Stores four registers of four draws (register k holds draw j + k of each lane) as four runs, one a lane.
#define LIFELINE_STORE_TURNED(OUTPUTS, J, D0, D1, D2, D3)                                                            \
    do {                                                                                                             \
        __m256d t0_ = _mm256_unpacklo_pd(D0, D1), t1_ = _mm256_unpackhi_pd(D0, D1);                                  \
        __m256d t2_ = _mm256_unpacklo_pd(D2, D3), t3_ = _mm256_unpackhi_pd(D2, D3);                                  \
        _mm256_storeu_pd(OUTPUTS[0] + (J), _mm256_permute2f128_pd(t0_, t2_, 0x20));                                  \
        _mm256_storeu_pd(OUTPUTS[1] + (J), _mm256_permute2f128_pd(t1_, t3_, 0x20));                                  \
        _mm256_storeu_pd(OUTPUTS[2] + (J), _mm256_permute2f128_pd(t0_, t2_, 0x31));                                  \
        _mm256_storeu_pd(OUTPUTS[3] + (J), _mm256_permute2f128_pd(t1_, t3_, 0x31));                                  \
    } while (0)

/// Stores one register of draws (draw `J` of each lane) lane by lane.
#define LIFELINE_STORE_LANES(OUTPUTS, J, D)                                                                          \
    do {                                                                                                             \
        double lanes_[4];                                                                                            \
        _mm256_storeu_pd(lanes_, D);                                                                                 \
        for (int m_ = 0; m_ < 4; m_++) OUTPUTS[m_][J] = lanes_[m_];                                                  \
    } while (0)

__attribute__((target("avx2")))
void lifeline_mixtures2(unsigned long long states[16], const unsigned long long thresholds[4], const double offsets[8],
                        const double scales[8], double *const outputs[4], long count) {
    LIFELINE_LOAD_STATES(states);
    // pick ≥ threshold exactly when pick > threshold − 1 (both below 2³⁴, so the signed comparison is exact).
    const __m256i bounds = _mm256_set_epi64x(thresholds[3] - 1, thresholds[2] - 1, thresholds[1] - 1, thresholds[0] - 1);
    const __m256d offset0 = _mm256_set_pd(offsets[6], offsets[4], offsets[2], offsets[0]);
    const __m256d offset1 = _mm256_set_pd(offsets[7], offsets[5], offsets[3], offsets[1]);
    const __m256d scale0 = _mm256_set_pd(scales[6], scales[4], scales[2], scales[0]);
    const __m256d scale1 = _mm256_set_pd(scales[7], scales[5], scales[3], scales[1]);
    const __m256i low32 = _mm256_set1_epi64x(0xFFFFFFFFLL);
    const __m256d half = _mm256_set1_pd(0.5), unit = _mm256_set1_pd(0x1p-32);
    __m256d drawn[4];
    long j = 0;
    while (j < count) {
        int steps = count - j >= 4 ? 4 : (int)(count - j);
        for (int step = 0; step < steps; step++) {
            LIFELINE_NEXT(bits);
            __m256d second = _mm256_castsi256_pd(_mm256_cmpgt_epi64(_mm256_srli_epi64(bits, 32), bounds));
            __m256d u = _mm256_mul_pd(_mm256_add_pd(LIFELINE_DOUBLE(_mm256_and_si256(bits, low32)), half), unit);
            __m256d offset = _mm256_blendv_pd(offset0, offset1, second);
            __m256d scale = _mm256_blendv_pd(scale0, scale1, second);
            drawn[step] = _mm256_add_pd(offset, _mm256_mul_pd(scale, u));
        }
        if (steps == 4) {
            LIFELINE_STORE_TURNED(outputs, j, drawn[0], drawn[1], drawn[2], drawn[3]);
        } else {
            for (int step = 0; step < steps; step++) LIFELINE_STORE_LANES(outputs, j + step, drawn[step]);
        }
        j += steps;
    }
    LIFELINE_STORE_STATES(states);
}

/// Horner's rule for AS 241's central polynomials, highest coefficient first, each step a product then a sum.
#define LIFELINE_HORNER(R, C0, C1, C2, C3, C4, C5, C6, C7)                                                          \
    ({                                                                                                              \
        __m256d s_ = _mm256_add_pd(_mm256_mul_pd(_mm256_set1_pd(C0), R), _mm256_set1_pd(C1));                       \
        s_ = _mm256_add_pd(_mm256_mul_pd(s_, R), _mm256_set1_pd(C2));                                               \
        s_ = _mm256_add_pd(_mm256_mul_pd(s_, R), _mm256_set1_pd(C3));                                               \
        s_ = _mm256_add_pd(_mm256_mul_pd(s_, R), _mm256_set1_pd(C4));                                               \
        s_ = _mm256_add_pd(_mm256_mul_pd(s_, R), _mm256_set1_pd(C5));                                               \
        s_ = _mm256_add_pd(_mm256_mul_pd(s_, R), _mm256_set1_pd(C6));                                               \
        _mm256_add_pd(_mm256_mul_pd(s_, R), _mm256_set1_pd(C7));                                                    \
    })

__attribute__((target("avx2")))
long lifeline_normal_central(double *values, long count, long *tails) {
    long found = 0, j = 0;
    const __m256d half = _mm256_set1_pd(0.5), bound = _mm256_set1_pd(0.425), sign = _mm256_set1_pd(-0.0);
    for (; j + 4 <= count; j += 4) {
        __m256d p = _mm256_loadu_pd(values + j);
        __m256d q = _mm256_sub_pd(p, half);
        // |q| ≤ 0.425 (false for a NaN, which the scalar formula then takes).
        __m256d inside = _mm256_cmp_pd(_mm256_andnot_pd(sign, q), bound, _CMP_LE_OQ);
        __m256d r = _mm256_sub_pd(_mm256_set1_pd(0.180625), _mm256_mul_pd(q, q));
        __m256d num = LIFELINE_HORNER(
            r, 2509.0809287301226727, 33430.575583588128105, 67265.770927008700853, 45921.953931549871457,
            13731.693765509461125, 1971.5909503065514427, 133.14166789178437745, 3.387132872796366608);
        __m256d den = LIFELINE_HORNER(
            r, 5226.495278852545925, 28729.085735721942674, 39307.89580009271061, 21213.794301586595867,
            5394.1960214247511077, 687.1870074920579083, 42.313330701600911252, 1.0);
        __m256d central = _mm256_div_pd(_mm256_mul_pd(q, num), den);
        _mm256_storeu_pd(values + j, _mm256_blendv_pd(p, central, inside));
        int mask = _mm256_movemask_pd(inside);
        for (int lane = 0; lane < 4; lane++) {
            tails[found] = j + lane;
            found += (mask >> lane) & 1 ? 0 : 1;
        }
    }
    for (; j < count; j++) tails[found++] = j;
    return found;
}

#else

void lifeline_mixtures2(unsigned long long states[16], const unsigned long long thresholds[4], const double offsets[8],
                        const double scales[8], double *const outputs[4], long count) {
    (void)states; (void)thresholds; (void)offsets; (void)scales; (void)outputs; (void)count;
}

long lifeline_normal_central(double *values, long count, long *tails) {
    (void)values; (void)count; (void)tails;
    return 0;
}

int lifeline_kernels_avx2(void) { return 0; }

int lifeline_column_op(int op, double *target, const double *a, const double *b, double ca, double cb, long count) {
    (void)op; (void)target; (void)a; (void)b; (void)ca; (void)cb; (void)count;
    return 0;
}

void lifeline_moments(const double *values, long count, double shift, double out[4]) {
    (void)values; (void)count; (void)shift; (void)out;
}

#endif
