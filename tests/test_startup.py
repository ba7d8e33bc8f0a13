"""`dyads` imports spaCy without spaCy's command line (dyads.startup, issue 14), and
code that does use spaCy's command line in the same process still gets it."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import SEED

CLI_ONLY = ("typer", "click", "rich", "weasel", "httpx", "requests")


def _run(code: str) -> dict:
    """Run `code` in a fresh interpreter (spaCy not yet imported); it prints one JSON value."""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.splitlines()[-1])


def test_spacy_loads_its_model_without_its_command_line():
    found = _run(
        "import json, sys\n"
        "from dyads.startup import defer_spacy_cli\n"
        "defer_spacy_cli()\n"
        "from dyads.nlp import load\n"
        "doc = load()('Iran rejected the demand on Monday.')\n"
        f"print(json.dumps({{'tags': [t.tag_ for t in doc], 'cli': [m for m in {CLI_ONLY!r} if m in sys.modules]}}))\n")
    assert found["cli"] == []
    assert found["tags"][:2] == ["NNP", "VBD"]


def test_spacys_command_line_is_there_when_asked_for():
    found = _run(
        "import json, sys, types\n"
        "from dyads.startup import defer_spacy_cli\n"
        "defer_spacy_cli()\n"
        "import spacy\n"
        "before = 'typer' in sys.modules\n"
        "from spacy.cli import download\n"
        "import spacy.cli\n"
        "real = type(spacy.cli) is types.ModuleType and spacy.cli is sys.modules['spacy.cli']\n"
        "info = spacy.info()\n"
        "print(json.dumps({'before': before, 'download': callable(download), 'real': real,\n"
        "                  'info': info['spacy_version'] == spacy.__version__}))\n")
    assert found == {"before": False, "download": True, "real": True, "info": True}


def test_once_spacy_is_imported_nothing_changes():
    found = _run(
        "import json, sys, types, spacy\n"
        "from dyads.startup import defer_spacy_cli, _finder\n"
        "defer_spacy_cli()\n"
        "print(json.dumps([_finder in sys.meta_path, type(sys.modules['spacy.cli']) is types.ModuleType]))\n")
    assert found == [False, True]


def test_the_dyads_command_skips_spacys_command_line(tmp_path):
    story = SEED
    found = _run(
        "import json, sys\n"
        "from dyads.cli import main\n"
        f"status = main(['code', {str(story)!r}, '--out', {str(tmp_path / 'out.jsonl')!r}, '--no-progress'])\n"
        f"print(json.dumps([status, [m for m in {CLI_ONLY!r} if m in sys.modules]]))\n")
    assert found == [0, []]
    assert json.loads((tmp_path / "out.jsonl").read_text("utf-8"))["events"]


def test_the_tokenizer_read_into_a_blank_one_is_the_models():
    from dyads import nlp as nlp_module

    # a new pipeline, not load()'s: the session's shared one has more strings in its vocab
    ours, stock = nlp_module.load.__wrapped__().tokenizer, nlp_module.load_stock().tokenizer
    assert ours.to_bytes() == stock.to_bytes()
    text = "U.S. officials didn't say whether Iran's FM (Zarif) met them at 5pm - e-mail: a@b.org, https://x.y/z"
    assert [t.text for t in ours(text)] == [t.text for t in stock(text)]


def test_loading_pauses_the_collector_and_gives_everything_back():
    import gc

    from dyads.startup import Loading

    before = gc.get_threshold()
    with Loading() as loading:
        assert gc.get_threshold()[0] == 0
        loading.loaded()
        assert gc.get_threshold() == before and gc.get_freeze_count() > 0
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
    try:
        with Loading():
            raise KeyError("a failed load")
    except KeyError:
        pass
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
    with Loading(unfreeze=False):
        pass
    assert gc.get_threshold() == before and gc.get_freeze_count() > 0
    gc.unfreeze()


def test_a_code_run_in_process_leaves_the_collector_as_it_was(tmp_path):
    import gc

    from dyads.cli import main

    before = gc.get_threshold()
    assert main(["code", str(SEED), "--out", str(tmp_path / "out.jsonl"), "--no-progress"]) == 0
    assert main(["code", str(SEED), "--min-confidence", "2"]) == 2  # an early return
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0 and gc.isenabled()
