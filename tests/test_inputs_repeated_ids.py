"""An id already used by another story: the story is kept under an id of its own, and the user is told.

Feeds whose ids restart every day lost every day after the first, silently, with
exit 0 (issue 15). The same story under the same id is still a repeat: that is how
a stopped run resumes.
"""

from __future__ import annotations

import json

import duckdb

from dyads.cli import main

MONDAY = "Iran and Russia agreed on Monday to expand trade in grain and oil, officials in Tehran said."
TUESDAY = "China condemned Japan on Tuesday over a visit by ministers to a war shrine, officials said."


def _feed(path, stories) -> None:
    path.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in stories), "utf-8")


def test_another_story_under_a_used_id_is_kept_under_its_own(tmp_path, capsys):
    feed = tmp_path / "feed.jsonl"
    _feed(feed, [("1", MONDAY), ("1", TUESDAY), ("1", MONDAY)])
    out = tmp_path / "out.jsonl"
    assert main(["code", str(feed), "--out", str(out), "--no-progress"]) == 0
    err = capsys.readouterr().err
    ids = [json.loads(line)["article"]["id"] for line in out.read_text("utf-8").splitlines()]
    assert ids[0] == "1" and ids[1].startswith("1~") and len(ids) == 2
    assert "feed.jsonl:2" in err and "already another story's" in err and ids[1] in err
    assert "1 repeated" in err and "already in the store" not in err  # no store here


def test_a_feed_whose_ids_restart_loses_no_day(tmp_path, capsys):
    db = tmp_path / "news.duckdb"
    monday, tuesday = tmp_path / "monday.jsonl", tmp_path / "tuesday.jsonl"
    _feed(monday, [("1", MONDAY)])
    _feed(tuesday, [("1", TUESDAY)])
    assert main(["code", str(monday), "--db", str(db), "--no-progress"]) == 0
    assert main(["code", str(tuesday), "--db", str(db), "--no-progress"]) == 0
    assert "already another story's" in capsys.readouterr().err
    assert main(["code", str(tuesday), str(monday), "--db", str(db), "--no-progress"]) == 0
    assert "2 already in the store" in capsys.readouterr().err  # a rerun adds nothing
    with duckdb.connect(str(db), read_only=True) as con:
        texts = [row[0] for row in con.execute("SELECT text FROM articles ORDER BY id").fetchall()]
        warnings = con.execute("SELECT count(*) FROM failures WHERE kind = 'warning'").fetchone()[0]
    assert texts == [MONDAY, TUESDAY] and warnings == 1
