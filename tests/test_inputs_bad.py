"""Bad input: every bad file or line is named with its reason, the rest is coded."""

from __future__ import annotations

import json

from dyads.cli import main


def _run(capsys, *args):
    status = main(["code", *args])
    out, err = capsys.readouterr()
    return status, [json.loads(line) for line in out.splitlines() if line.strip()], err


def test_bad_files_are_named_and_good_ones_still_coded(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text("Russian President Vladimir Putin said on Tuesday that talks would go on.", "utf-8")
    (tmp_path / "empty.txt").write_text("   \n", "utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG junk")
    (tmp_path / "latin1.txt").write_bytes("Le président a dit".encode("latin-1"))
    status, records, err = _run(
        capsys, str(tmp_path / "missing.txt"), str(tmp_path / "empty.txt"),
        str(tmp_path / "binary.txt"), str(tmp_path / "latin1.txt"), str(good),
    )
    assert status == 1
    assert len(records) == 1 and "Putin" in records[0]["article"]["text"]
    assert "missing.txt: no such file or folder" in err
    assert "empty.txt: empty file" in err
    assert "binary.txt: binary file" in err
    assert "latin1.txt: not valid UTF-8" in err and "line 1" in err


def test_a_malformed_jsonl_line_is_named_with_its_number(tmp_path, capsys):
    stories = tmp_path / "stories.jsonl"
    stories.write_text(
        json.dumps({"id": "one", "text": "Iran said it would talk to Russia."}) + "\n"
        + '{"id": "two", "text": "broken\n'
        + json.dumps({"id": "three", "html": "<p>page</p>"}) + "\n"
        + json.dumps(["not", "an", "object"]) + "\n"
        + json.dumps({"id": "four", "text": "Turkey said it would host talks."}) + "\n",
        "utf-8",
    )
    status, records, err = _run(capsys, str(stories))
    assert status == 1
    assert [r["article"]["id"] for r in records] == ["one", "four"]
    assert "stories.jsonl:2: malformed JSON" in err
    assert "stories.jsonl:3" in err and "html" in err
    assert "stories.jsonl:4: expected a JSON object" in err


def test_a_bad_date_is_a_warning_and_the_story_is_still_coded(tmp_path, capsys):
    stories = tmp_path / "dated.jsonl"
    stories.write_text(json.dumps({"text": "Iran said it would talk.", "published": "last Tuesday"}) + "\n", "utf-8")
    status, records, err = _run(capsys, str(stories))
    assert status == 0 and len(records) == 1
    assert "dated.jsonl:1" in err and "not a date" in err


def test_a_folder_is_walked_and_an_empty_folder_is_reported(tmp_path, capsys):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "story.txt").write_text("NATO said it would meet.", "utf-8")
    (tmp_path / "a" / "notes.csv").write_text("x,y", "utf-8")
    (tmp_path / "none").mkdir()
    status, records, err = _run(capsys, str(tmp_path / "a"), str(tmp_path / "none"))
    assert len(records) == 1
    assert status == 1 and "holds no .txt or .jsonl" in err
