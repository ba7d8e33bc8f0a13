"""Symbolic links and unreadable parts of a folder: reported, never passed over in silence (issue 15)."""

from __future__ import annotations

from dyads.record import Article, Problem
from dyads.sources import read_inputs

STORY = "Iran condemned Israel on Monday over the raid, officials in Tehran said."


def test_broken_and_looping_links_are_named_and_the_rest_is_read(tmp_path):
    folder = tmp_path / "news"
    (folder / "real").mkdir(parents=True)
    (folder / "real" / "a.txt").write_text(STORY, "utf-8")
    (folder / "gone.txt").symlink_to(folder / "nowhere.txt")
    (folder / "loop1.txt").symlink_to(folder / "loop2.txt")
    (folder / "loop2.txt").symlink_to(folder / "loop1.txt")
    (folder / "again").symlink_to(folder)  # a link back up: following it would never end
    (folder / "b.txt").symlink_to(folder / "real" / "a.txt")  # a link to a story is read
    items = list(read_inputs([str(folder)]))
    stories = [i for i in items if isinstance(i, Article)]
    problems = {p.origin.rsplit("/", 1)[-1]: p for p in items if isinstance(p, Problem)}
    assert len(stories) == 2
    assert "symbolic link to nothing" in problems["gone.txt"].reason and problems["gone.txt"].fatal
    assert "loops" in problems["loop1.txt"].reason and "loops" in problems["loop2.txt"].reason
    assert "not followed" in problems["again"].reason and not problems["again"].fatal


def test_a_folder_that_cannot_be_opened_is_named(tmp_path, monkeypatch):
    import os

    folder = tmp_path / "news"
    (folder / "locked").mkdir(parents=True)
    (folder / "a.txt").write_text(STORY, "utf-8")
    real_scandir = os.scandir

    def refusing(path="."):  # root reads any folder: refuse one as a user's permissions would
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", refusing)
    items = list(read_inputs([str(folder)]))
    problems = [p for p in items if isinstance(p, Problem)]
    assert sum(isinstance(i, Article) for i in items) == 1
    assert len(problems) == 1 and problems[0].origin.endswith("locked")
    assert "folder cannot be read (Permission denied)" in problems[0].reason
