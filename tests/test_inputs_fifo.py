"""A pipe inside a folder, named like a story: named as not read, never passed over
in silence, and never opened (reading it would wait for a writer for ever) (issue 15)."""

from __future__ import annotations

import os

import pytest

from dyads.record import Article, Problem
from dyads.sources import read_inputs


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a_fifo_in_a_folder_is_named_and_the_story_beside_it_read(tmp_path):
    (tmp_path / "a.txt").write_text("Iran condemned Israel on Monday.", "utf-8")
    os.mkfifo(tmp_path / "story.txt")
    items = list(read_inputs([str(tmp_path)]))
    assert [type(i) for i in items].count(Article) == 1
    [problem] = [i for i in items if isinstance(i, Problem)]
    assert problem.origin.endswith("story.txt") and "not a regular file" in problem.reason
