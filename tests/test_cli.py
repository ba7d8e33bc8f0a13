"""The command line as a user meets it."""

from __future__ import annotations

import json

import pytest

from dyads.cli import main


def test_help_names_every_command(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for command in ("code", "eval", "bench"):
        assert command in out


def test_table_format_is_readable(tmp_path, capsys):
    story = tmp_path / "s.txt"
    story.write_text('Russian President Vladimir Putin said: "Russia is ready for talks with Ukraine."', "utf-8")
    assert main(["code", str(story), "--format", "table"]) == 0
    out = capsys.readouterr().out
    assert "Vladimir Putin" in out and "RUSGOV" in out and "Russia is ready for talks" in out


def test_published_flag_dates_undated_stories(tmp_path, capsys):
    story = tmp_path / "s.txt"
    story.write_text("The Iranian president spoke to reporters.", "utf-8")
    out_file = tmp_path / "out.jsonl"
    assert main(["code", str(story), "--published", "2022-06-01", "--out", str(out_file)]) == 0
    record = json.loads(out_file.read_text("utf-8"))
    assert record["article"]["published"] == "2022-06-01"
    assert any(a["name"] == "Ebrahim Raisi" for a in record["actors"])


def test_bad_published_flag_is_refused(tmp_path, capsys):
    assert main(["code", "-", "--published", "soon"]) == 2
    assert "not a date" in capsys.readouterr().err


def test_bench_reports_both_sides(tmp_path):
    from dyads.bench import default_corpus, run_benchmark
    from tests.conftest import EXAMPLES

    report = run_benchmark(default_corpus(EXAMPLES, 4), repeat=1)
    assert report["stories"] == 4 and report["words"] > 100
    assert report["spacy"]["seconds"] > 0 and report["dyads"]["seconds"] > 0 and report["ratio"] > 0
