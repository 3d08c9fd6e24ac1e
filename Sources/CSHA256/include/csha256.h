#ifndef LIFELINE_CSHA256_H
#define LIFELINE_CSHA256_H

#include <stddef.h>
#include <stdint.h>

/// The 64 round constants K (FIPS 180-4, 4.2.2), shared with the Swift rounds.
extern const uint32_t lifeline_sha256_k[64];

/// Whether this processor has the SHA-256 instructions (x86-64 SHA extensions with SSSE3 and SSE4.1); 0 elsewhere.
int lifeline_sha256_hardware(void);

/// Mixes `blocks` 64-byte blocks at `data` into `state` (FIPS 180-4, 6.2.2) with the SHA-256 instructions.
/// Call only when `lifeline_sha256_hardware()` returned 1.
void lifeline_sha256_blocks(uint32_t state[8], const uint8_t *data, size_t blocks);

#endif
