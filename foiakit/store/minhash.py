"""MinHash signatures and LSH band buckets for the near-duplicate step, in a few lines of numpy.

They are datasketch 2's `MinHash(scheme="affine32", hashfunc=zlib.crc32)` and `MinHashLSH(threshold, num_perm)`,
value for value (a test compares them): the same seeded permutations, the same MurmurHash3 pre-mix, the same
bands. datasketch itself cost more than the whole step: importing it imports scipy.integrate (for the band
parameters, fixed here), 0.6 CPU seconds of a 77-page born-digital run's 8.
"""

from __future__ import annotations

import zlib
from collections.abc import Hashable, Iterable

import numpy as np

NUM_PERM = 128
# datasketch's _optimal_param(0.7, 128, 0.5, 0.5): 14 bands of 9 values (a test recomputes it)
BANDS = 14
ROWS = 9

_FMIX = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))


def permutations(seed: int, num_perm: int = NUM_PERM) -> tuple[np.ndarray, np.ndarray]:
    """The affine maps h -> a*h + b (mod 2**32, `a` odd) that datasketch draws for `seed`."""
    generator = np.random.RandomState(seed)
    a = generator.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = generator.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def signature(words: Iterable[str], maps: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """The MinHash of a non-empty set of strings: per permutation, the least permuted crc32 of a member."""
    hashed = np.array([zlib.crc32(w.encode("utf-8")) for w in words], dtype=np.uint32).reshape(-1, 1)
    s1, m1, s2, m2, s3 = _FMIX  # MurmurHash3's finalizer: spreads crc32's structure before the affine maps
    hashed = hashed ^ (hashed >> s1)
    hashed = hashed * m1
    hashed = hashed ^ (hashed >> s2)
    hashed = hashed * m2
    hashed = hashed ^ (hashed >> s3)
    a, b = maps
    return (hashed * a + b).min(axis=0)


class BandIndex:
    """LSH: a key is a candidate for a query when all ROWS values of at least one of the BANDS agree."""

    def __init__(self) -> None:
        self.buckets: list[dict[bytes, list[Hashable]]] = [{} for _ in range(BANDS)]

    def _bands(self, values: np.ndarray) -> Iterable[tuple[dict[bytes, list[Hashable]], bytes]]:
        for band, bucket in enumerate(self.buckets):
            yield bucket, values[band * ROWS : (band + 1) * ROWS].tobytes()

    def insert(self, key: Hashable, values: np.ndarray) -> None:
        for bucket, band in self._bands(values):
            bucket.setdefault(band, []).append(key)

    def query(self, values: np.ndarray) -> set[Hashable]:
        return {key for bucket, band in self._bands(values) for key in bucket.get(band, ())}
