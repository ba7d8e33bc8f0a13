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
    # the same model on the BLAS dyads uses, to tell dyads's own work from that choice
    assert report["spacy_numpy_blas"]["seconds"] > 0 and report["ratio_same_blas"] > 0


def test_bench_scale_reports_the_cost_of_a_story_per_run_size(capsys):
    assert main(["bench", "--scale", "2,4", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    assert [r["stories"] for r in rows] == [2, 4]
    assert all(r["cpu_ms_per_story"] > 0 and r["peak_mb"] > 0 for r in rows)
    assert main(["bench", "--scale", "0"]) == 2


def test_bench_on_dask_needs_worker_counts(capsys):
    # a setting that cannot be honoured is an error before any work
    assert main(["bench", "--engine", "dask"]) == 2
    assert "--engine dask needs --workers" in capsys.readouterr().err


def test_min_confidence_trades_events_for_precision(tmp_path, capsys):
    from dyads.cli import main

    story = tmp_path / "story.txt"
    story.write_text("Russian President Vladimir Putin could meet Turkish President Recep Tayyip Erdogan. "
                     "Russian troops shelled the town of Avdiivka on Monday.\n", "utf-8")
    assert main(["code", str(story), "--published", "2023-03-01", "--min-confidence", "0"]) == 0
    everything = json.loads(capsys.readouterr().out)["events"]
    assert main(["code", str(story), "--published", "2023-03-01", "--min-confidence", "0.9"]) == 0
    surest = json.loads(capsys.readouterr().out)["events"]
    assert len(surest) < len(everything)
    assert all(e["confidence"] >= 0.9 for e in surest)
    assert main(["code", str(story), "--min-confidence", "2"]) == 2


def test_a_users_lexicon_adds_a_trigger(tmp_path, capsys):
    from dyads.cli import main

    story = tmp_path / "story.txt"
    story.write_text("Iranian officials zapped the Israeli embassy on Monday.\n", "utf-8")
    mine = tmp_path / "mine.yaml"
    mine.write_text("type: ASSAULT\nverbs:\n  - {lemma: zap, cameo: '190', target: [object]}\n", "utf-8")
    assert main(["code", str(story), "--published", "2023-03-01"]) == 0
    assert json.loads(capsys.readouterr().out)["events"] == []
    assert main(["code", str(story), "--published", "2023-03-01", "--lexicon", str(mine)]) == 0
    events = json.loads(capsys.readouterr().out)["events"]
    assert [e["event_type"] for e in events] == ["ASSAULT"]


def test_a_lexicon_entry_that_cannot_be_used_stops_the_run_before_any_work(tmp_path, capsys):
    from dyads.cli import main

    story = tmp_path / "story.txt"
    story.write_text("Iranian officials zapped the Israeli embassy on Monday.\n", "utf-8")
    mine = tmp_path / "mine.yaml"
    mine.write_text("type: ASSAULT\nverbs:\n  - {lemma: zap, cameo: '190', target: [object]}\n"
                    "  - {lemma: zork, cameo: '999'}\n", "utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["code", str(story), "--lexicon", str(mine), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "mine.yaml" in err and "999" in err
    assert not out.exists() or out.read_text("utf-8") == ""
