"""The near-duplicate step's own MinHash and LSH bands give datasketch's values and candidates exactly (so the
duplicates table is what it was with datasketch, which is kept as a test dependency for this comparison)."""

from __future__ import annotations

import random
import zlib

import pytest
from datasketch import MinHash, MinHashLSH
from datasketch.lsh import _optimal_param

from foiakit.store import minhash
from foiakit.store.duplicates import SEED, THRESHOLD

WORDS = ["agreement", "the", "county", "fee", "sheriff", "é", "vendor", "pilot", "$12,000.00", "records", "b6"]


def _sets(count: int, seed: int) -> list[set[str]]:
    """Random shingle sets, many of them overlapping (drawn from one small vocabulary), some near copies."""
    rnd = random.Random(seed)
    made: list[set[str]] = []
    for _ in range(count):
        if made and rnd.random() < 0.3:  # a near copy of an earlier set: a few shingles swapped
            base = sorted(rnd.choice(made))
            kept = set(base[: max(1, len(base) - rnd.randint(0, 3))])
            made.append(kept | {f"new {rnd.random()}"})
            continue
        made.append({" ".join(rnd.choices(WORDS, k=4)) for _ in range(rnd.randint(1, 300))})
    return made


def _datasketch(words: set[str]) -> MinHash:
    signature = MinHash(num_perm=minhash.NUM_PERM, seed=SEED, scheme="affine32", hashfunc=zlib.crc32)
    signature.update_batch([w.encode("utf-8") for w in words])
    return signature


def test_bands_are_datasketchs_for_the_threshold() -> None:
    assert _optimal_param(THRESHOLD, minhash.NUM_PERM, 0.5, 0.5) == (minhash.BANDS, minhash.ROWS)


@pytest.mark.parametrize("seed", [1, 2])
def test_signatures_are_datasketchs(seed: int) -> None:
    maps = minhash.permutations(SEED)
    for words in _sets(40, seed):
        ours = minhash.signature(words, maps)
        theirs = _datasketch(words).hashvalues
        assert ours.dtype == theirs.dtype
        assert ours.tolist() == theirs.tolist()


def test_candidates_are_datasketchs() -> None:
    maps = minhash.permutations(SEED)
    ours = minhash.BandIndex()
    theirs = MinHashLSH(threshold=THRESHOLD, num_perm=minhash.NUM_PERM)
    sets = _sets(150, 3)
    hits = 0
    for key, words in enumerate(sets):
        signature = minhash.signature(words, maps)
        found = ours.query(signature)
        assert found == set(theirs.query(_datasketch(words)))
        hits += bool(found)
        ours.insert(key, signature)
        theirs.insert(key, _datasketch(words))
    assert hits > 20  # near copies were found: the comparison covered non-empty answers


def test_a_union_signature_is_its_parts_least_values() -> None:
    """find_duplicates signs a document as the least values of its pages' signatures, not its shingles again."""
    import numpy as np

    maps = minhash.permutations(SEED)
    sets = _sets(60, seed=5)
    for start in range(0, 60, 6):
        parts = sets[start : start + 6]
        union = set().union(*parts)
        least = np.minimum.reduce([minhash.signature(part, maps) for part in parts])
        assert (least == minhash.signature(union, maps)).all()
