"""CSV files: one story a row, read like a JSON Lines record, bad rows named by line."""

from __future__ import annotations

import csv
import json

from dyads.record import Article, Problem
from dyads.sources import read_inputs
from dyads.sources.read import ReadOptions
from tests.conftest import EXAMPLES
from tests.webpages import story_page


def _write(path, rows, header=("id", "title", "published", "text")):
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def test_rows_become_articles_like_jsonl_records(tmp_path):
    story = (EXAMPLES / "01-nato-article-five.txt").read_text("utf-8")  # quotes, commas, newlines
    path = _write(tmp_path / "stories.csv", [
        ("n1", "NATO invokes Article 5", "2001-09-12T10:00:00Z", story),
        ("n2", "", "", "Turkey said it would host talks."),
    ])
    jsonl = tmp_path / "stories.jsonl"
    jsonl.write_text(json.dumps({"id": "n1", "title": "NATO invokes Article 5",
                                 "published": "2001-09-12T10:00:00Z", "text": story}) + "\n", "utf-8")
    first, second = read_inputs([str(path)])
    [same] = read_inputs([str(jsonl)])
    assert (first.id, first.title, first.published, first.text, first.dateline) == (
        same.id, same.title, same.published, same.text, same.dateline)
    assert first.origin == f"{path}:2"
    assert second.origin == f"{path}:10"  # the first story (7 lines and a final newline) took lines 2-9
    assert (second.title, second.published) == (None, None)  # empty cells are missing fields


def test_column_names_are_mapped(tmp_path):
    path = _write(tmp_path / "export.csv", [("Iran said it would talk to Russia.", "2020-03-17", "k9")],
                  header=("body", "date", "key"))
    [article] = read_inputs([str(path)], options=ReadOptions(columns={"text": "body", "published": "date", "id": "key"}))
    assert (article.text, article.published, article.id) == ("Iran said it would talk to Russia.", "2020-03-17", "k9")


def test_an_html_column_is_read_as_a_page(tmp_path):
    story = (EXAMPLES / "02-india-pakistan-dialogue.txt").read_text("utf-8")
    path = _write(tmp_path / "pages.csv", [("p1", story_page(story, published="2004-01-06"))], header=("id", "html"))
    [article] = read_inputs([str(path)])
    assert isinstance(article, Article) and article.id == "p1" and article.published == "2004-01-06"
    assert article.text.startswith("India and Pakistan agreed on Tuesday")


def test_a_bad_row_is_named_by_its_line_and_the_rest_are_read(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(
        "id,text\n"
        "a,Iran said it would talk to Russia.\n"
        "b,Turkey said, it would host talks,extra\n"
        "c,\n"
        "\n"
        "d,NATO said it would meet.\n",
        "utf-8",
    )
    items = list(read_inputs([str(path)]))
    assert [getattr(i, "id", None) for i in items] == ["a", None, None, "d"]
    assert str(items[1]) == f"dyads: failed: {path}:3: 4 fields where the header has 2 (an unquoted comma or quote?)"
    assert str(items[2]) == f"dyads: failed: {path}:4: no text to code (the 'text' column is empty)"


def test_a_latin1_row_is_named_alone(tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_bytes(b"id,text\na,Iran said it would talk.\nb,Le pr\xe9sident a dit\nc,NATO said it would meet.\n")
    items = list(read_inputs([str(path)]))
    assert [type(i).__name__ for i in items] == ["Article", "Problem", "Article"]
    assert items[1].origin == f"{path}:3" and "not valid UTF-8 in column 'text'" in items[1].reason


def test_a_file_without_a_text_column_is_one_problem(tmp_path):
    path = _write(tmp_path / "other.csv", [("1", "2")], header=("x", "y"))
    [problem] = read_inputs([str(path)])
    assert isinstance(problem, Problem)
    assert problem.reason == "no 'text' column among x, y; name the story's column, e.g. --columns text=body"


def test_a_long_story_over_the_csv_field_limit_is_read(tmp_path):
    text = "Iran said it would talk to Russia. " * 6000  # 210 KB, over csv's 128 KB default
    path = _write(tmp_path / "long.csv", [("l1", "", "", text)])
    [article] = read_inputs([str(path)])
    assert isinstance(article, Article) and len(article.text) > 200_000


def test_a_csv_with_only_its_header_is_reported(tmp_path):
    from dyads.record import Problem
    from dyads.sources import read_inputs

    path = tmp_path / "empty.csv"
    path.write_text("text,title\n", "utf-8")
    items = list(read_inputs([str(path)]))
    assert len(items) == 1 and isinstance(items[0], Problem)
    assert "no rows after the header" in items[0].reason


def test_random_bytes_named_csv_do_not_stop_a_run_into_a_store(tmp_path, capsys):
    import os

    import duckdb

    from dyads.cli import main

    noise = tmp_path / "noise.csv"
    noise.write_bytes(bytes(range(256)) * 4 + os.urandom(2000))
    good = tmp_path / "good.txt"
    good.write_text("Iran condemned Israel on Monday over the raid, officials in Tehran said.", "utf-8")
    db = tmp_path / "news.duckdb"
    assert main(["code", str(noise), str(good), "--db", str(db), "--no-progress"]) == 1
    err = capsys.readouterr().err
    assert "noise.csv" in err and "failed: 1 input:" in err
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM articles WHERE status = 'coded'").fetchone()[0] == 1
        reasons = [row[0] for row in con.execute("SELECT reason FROM failures").fetchall()]
    assert len(reasons) == 1 and reasons[0].encode("utf-8")  # stored, valid text


def test_csv_files_without_a_text_column_are_counted_together(tmp_path, capsys):
    from dyads.cli import main

    (tmp_path / "one.csv").write_text("a,b\n1,2\n", "utf-8")
    (tmp_path / "two.csv").write_text("c,d,e\n1,2,3\n", "utf-8")
    assert main(["code", str(tmp_path / "one.csv"), str(tmp_path / "two.csv"),
                 "--out", str(tmp_path / "out.jsonl"), "--no-progress"]) == 1
    assert "failed: 2 inputs: no 'text' column 2" in capsys.readouterr().err
