"""Copies of a story are found; different stories on the same event are not copies."""

from __future__ import annotations

from dyads.sources.dedup import DuplicateIndex, content_hash, signature
from tests.store_corpus import example_stories

STORY = dict(example_stories())["03-merkel-medvedev-call"]


def index_of(*stories: tuple[str, str]) -> DuplicateIndex:
    index = DuplicateIndex()
    for story_id, text in stories:
        index.add(story_id, content_hash(text), signature(text))
    return index


def copy_of(index: DuplicateIndex, text: str):
    return index.copy_of(content_hash(text), signature(text))


def test_a_copy_with_other_spacing_and_case_is_exact():
    copy = copy_of(index_of(("a", STORY)), "  " + STORY.upper().replace(" ", "  "))
    assert (copy.of, copy.kind, copy.similarity) == ("a", "exact", 1.0)


def test_a_copy_without_its_last_paragraph_is_near():
    trimmed = "\n".join(STORY.strip().splitlines()[:-1])
    copy = copy_of(index_of(("a", STORY)), trimmed)
    assert copy is not None and (copy.of, copy.kind) == ("a", "near") and copy.similarity >= 0.9


def test_a_copy_with_a_sentence_changed_is_near():
    changed = STORY.replace("spoke by telephone on Sunday", "held a telephone conversation on Sunday")
    copy = copy_of(index_of(("a", STORY)), changed)
    assert copy is not None and copy.kind == "near"


def test_another_story_on_the_same_event_is_not_a_copy():
    retold = (
        "BERLIN (Other Wire) - Chancellor Angela Merkel phoned Dmitry Medvedev on Sunday to press the "
        "Russian president to stop military operations in Georgia, a government spokesman said. "
        "Merkel told Medvedev that Russia's response had gone beyond what was proportionate and that "
        "the fighting must end at once. Both leaders said they supported the French mediation and "
        "agreed to keep in touch in the coming days as the European Union prepares an emergency meeting."
    )
    assert copy_of(index_of(("a", STORY)), retold) is None


def test_every_example_story_is_its_own():
    stories = example_stories()
    index = DuplicateIndex()
    for name, text in stories:
        assert copy_of(index, text) is None, name
        index.add(name, content_hash(text), signature(text))
    assert len(index) == len(stories)


def test_a_short_story_is_matched_only_exactly():
    short = "Iran and Russia agreed to expand trade."
    index = index_of(("a", short))
    assert copy_of(index, short).kind == "exact"
    assert copy_of(index, short.replace("expand", "increase")) is None


def test_the_index_of_a_large_store_stays_small():
    # a store's signatures are all held while a run checks its new stories for copies:
    # 100,000 stories must fit in well under 100 MB (datasketch's own index took 5 KB each)
    import tracemalloc

    import numpy as np

    values = signature("word " * 10 + " ".join(f"w{i}" for i in range(200)))
    rng = np.random.default_rng(7)
    tracemalloc.start()
    index = DuplicateIndex()
    for number in range(5000):
        values = values.copy()
        values[:-1] = rng.integers(0, 2**32 - 1, len(values) - 1, dtype=np.uint64)
        index.add(f"sha1:{number:040x}", f"{number:040x}", values)
    held, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert held / 5000 < 1000  # bytes a story: under 100 MB at 100,000 (about 88 MB measured)
    assert index.copy_of("new", values).kind == "near"  # the last one added is found again


def test_signatures_are_datasketchs_minhash_bit_for_bit():
    # stores keep signatures: dyads' own MinHash must give the values datasketch gave
    from datasketch import MinHash

    from dyads.sources.dedup import NUM_PERM, SCHEME, SHINGLE_WORDS, normalised_words
    from tests.conftest import EXAMPLES

    for path in sorted(EXAMPLES.glob("*.txt")):
        words = normalised_words(path.read_text("utf-8"))
        shingles = {" ".join(words[i:i + SHINGLE_WORDS]).encode("utf-8") for i in range(len(words) - SHINGLE_WORDS + 1)}
        theirs = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME)
        theirs.update_batch(list(shingles))
        ours = signature(path.read_text("utf-8"))
        assert ours is not None and list(ours[:-1]) == [int(v) for v in theirs.hashvalues], path.name
        assert int(ours[-1]) == len(shingles)
