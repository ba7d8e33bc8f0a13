"""Language: found offline, English by default when the text is too short to tell."""

from __future__ import annotations

import pytest

from dyads.sources import read_inputs
from dyads.sources.language import detect_language
from tests.conftest import EXAMPLES

STORIES = sorted(EXAMPLES.glob("*.txt"))


@pytest.mark.parametrize("path", STORIES, ids=[p.stem for p in STORIES])
def test_every_example_is_english_and_sure_of_it(path):
    [article] = read_inputs([str(path)])
    assert article.language == "en"
    language, probability = detect_language(article.text)
    assert language == "en" and probability > 0.99


@pytest.mark.parametrize(("text", "language"), [
    ("Le président de la République a annoncé mardi une réforme des retraites "
     "qui a provoqué des grèves dans tout le pays.", "fr"),
    ("Der Bundeskanzler hat am Dienstag mit dem russischen Präsidenten telefoniert "
     "und ihn aufgefordert, die Angriffe einzustellen.", "de"),
    ("El presidente dijo que el gobierno suspenderá el alza de las tarifas del metro "
     "de Santiago hasta que una comisión revise los precios.", "es"),
    ("Президент России заявил во вторник, что переговоры с Украиной будут продолжены "
     "на следующей неделе в Стамбуле.", "ru"),
])
def test_other_languages_are_named(text, language):
    found, probability = detect_language(text)
    assert found == language and probability >= 0.9


@pytest.mark.parametrize("text", ["", "NATO said", "Putin Erdogan Ankara Moskau", "12:30 GMT", "   \n"])
def test_short_texts_default_to_english(text):
    assert detect_language(text)[0] == "en"


def test_only_the_start_of_a_long_text_is_read():
    text = "Iran said on Tuesday it would resume talks with Russia over the nuclear deal. " * 40
    assert detect_language(text + "Le président a annoncé une réforme des retraites. " * 2000)[0] == "en"


def test_readers_set_the_language_and_skip_nothing(tmp_path):
    (tmp_path / "fr.txt").write_text(
        "Le président de la République a annoncé mardi une réforme des retraites "
        "qui a provoqué des grèves dans tout le pays.", "utf-8")
    (tmp_path / "en.txt").write_text("Iran said on Tuesday it would resume talks with Russia.", "utf-8")
    assert [a.language for a in read_inputs([str(tmp_path)])] == ["en", "fr"]


def test_plain_english_is_settled_without_the_model():
    # the model costs half a second of start-up: running English never needs it
    from dyads.sources.language import plainly_english

    story = (EXAMPLES / "01-nato-article-five.txt").read_text("utf-8")
    assert plainly_english(story)
    assert detect_language(story) == ("en", 1.0)


@pytest.mark.parametrize("text", [
    # foreign stories full of English names and words still go to the model
    "Le président Donald Trump a rencontré le Premier ministre Boris Johnson à Londres pour parler du Brexit, "
    "de la sécurité et du commerce avec les États-Unis, selon la Maison Blanche et le Foreign Office britannique.",
    "Die Bundesregierung hat am Dienstag die Sanktionen gegen Russland verlängert, sagte Regierungssprecher "
    "Steffen Seibert in Berlin, nachdem der Europäische Rat in Brüssel die Entscheidung getroffen hatte.",
])
def test_foreign_text_is_never_settled_as_english_by_its_common_words(text):
    from dyads.sources.language import plainly_english

    assert not plainly_english(text)
