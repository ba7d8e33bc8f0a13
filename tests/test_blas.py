"""dyads sends the model's matrix products to numpy's BLAS, one thread at a time,
instead of thinc's default (blis): about a third less CPU for the parse here. A user
must get exactly the parses spaCy gives, and their own numpy code its threads back."""

from __future__ import annotations

from threadpoolctl import ThreadpoolController

from dyads import nlp as nlp_module
from tests.conftest import EXAMPLES


def _paragraphs(count: int = 60) -> list[str]:
    texts = [path.read_text("utf-8") for path in sorted(EXAMPLES.glob("*.txt"))]
    return [p for text in texts for p in text.split("\n") if len(p) > 40][:count]


def _parse(doc) -> list[tuple]:
    return [(t.tag_, t.pos_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_, t.lemma_, t.is_sent_start) for t in doc]


def test_the_parses_are_stock_spacys():
    paragraphs = _paragraphs()
    stock = nlp_module.load_stock()
    ours = [p.doc for parsed in nlp_module.parse_texts(paragraphs) for p in parsed]
    assert len(ours) == len(paragraphs)
    for text, expected, got in zip(paragraphs, stock.pipe(paragraphs), ours, strict=True):
        assert _parse(got) == _parse(expected), text


def test_the_model_runs_on_numpys_blas_and_the_stock_one_on_blis():
    ours = nlp_module.load().get_pipe("ner").model.ops
    stock = nlp_module.load_stock().get_pipe("ner").model.ops
    assert type(ours).__name__ == "NumpyOps" and ours.use_blis is False
    assert stock.use_blis is True


def test_parsing_gives_the_process_its_blas_threads_back():
    before = [lib["num_threads"] for lib in ThreadpoolController().info()]
    list(nlp_module.parse_texts(_paragraphs(5)))
    assert [lib["num_threads"] for lib in ThreadpoolController().info()] == before
