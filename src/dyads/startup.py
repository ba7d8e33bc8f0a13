"""Start-up costs dyads does not need to pay (issue 14).

`import spacy` imports spaCy's command line: `spacy/__init__.py` imports
`spacy.cli.info` for `spacy.info()`, and with it `spacy.cli`, which brings typer,
click, rich, weasel, httpx, requests, jinja2 and pygments, some 360 modules and
about 0.3 s of CPU at every start (a third of importing spaCy). dyads never runs
spaCy's command line, so the `dyads` command and its worker processes let
`defer_spacy_cli()` stand a placeholder in for `spacy.cli` and `spacy.cli.info`.
The first time anything reads an attribute of either (`spacy.info()`,
`spacy.cli.download`, `from spacy.cli import ...`), the real modules are imported
in their place, so code that does use spaCy's command line still works.

Start-up also makes some 160,000 objects that live as long as the process (modules,
spaCy's model, the actor tables) and next to no garbage (46 objects in cycles when
the seed story is coded). The cyclic garbage collector's passes over them as they
were made cost about 0.2 s of CPU; `Loading` turns it off while they load.
"""

from __future__ import annotations

import gc
import importlib
import sys
import types
from importlib.machinery import ModuleSpec, PathFinder

__all__ = ["Loading", "defer_spacy_cli"]

_DEFERRED = ("spacy.cli", "spacy.cli.info")


class _Placeholder(types.ModuleType):
    """Stands in for a spaCy CLI module until one of its attributes is read."""

    def __getattr__(self, name: str):
        if name.startswith("__") and name != "__all__":  # tools probing for __wrapped__ and the like
            raise AttributeError(name)
        return getattr(_real(self.__name__), name)


class _Finder:
    """A meta path finder giving placeholders for `spacy.cli` and `spacy.cli.info` (until `_real`)."""

    active = True

    def find_spec(self, fullname: str, path, target=None) -> ModuleSpec | None:
        if not self.active or fullname not in _DEFERRED:
            return None
        real = PathFinder.find_spec(fullname, path)
        if real is None:
            return None  # not where spaCy keeps it: leave this spaCy alone
        spec = ModuleSpec(fullname, self, origin=real.origin, is_package=real.submodule_search_locations is not None)
        spec.submodule_search_locations = real.submodule_search_locations
        return spec

    def create_module(self, spec: ModuleSpec) -> types.ModuleType:
        return _Placeholder(spec.name)

    def exec_module(self, module: types.ModuleType) -> None:
        module.__file__ = module.__spec__.origin
        if module.__name__ == "spacy.cli.info":
            module.info = _info  # spacy/__init__.py imports this name: it must not load the real module


def _info(*args, **kwargs):
    """`spacy.info`: spaCy's own, imported when called."""
    return _real("spacy.cli.info").info(*args, **kwargs)


_finder = _Finder()


def _real(name: str) -> types.ModuleType:
    """The real module `name`, imported (with `spacy.cli`) in place of the placeholders."""
    if _finder.active:
        _finder.active = False
        for deferred in _DEFERRED:
            if isinstance(sys.modules.get(deferred), _Placeholder):
                del sys.modules[deferred]
        importlib.import_module("spacy.cli")  # sets spacy.cli (and spacy.cli.info) to the real modules
    return importlib.import_module(name)


def defer_spacy_cli() -> None:
    """Make a later `import spacy` skip spaCy's command line until something uses it.

    Does nothing once spaCy is imported (nothing to save), and only once.
    """
    if "spacy" in sys.modules or _finder in sys.meta_path or not _finder.active:
        return
    sys.meta_path.insert(0, _finder)


class Loading:
    """A `with` block that loads models and tables without cyclic garbage collection.

    `loaded()` (or the end of the block) freezes what was loaded (`gc.freeze`: the
    collector's later passes, while stories are coded, skip it too) and turns
    collection back on. At the end of the block the frozen objects are given back to
    the collector (`gc.unfreeze`), for a caller that goes on in the same process,
    unless `unfreeze` is False (a worker process, whose model lives as long as it).
    """

    def __init__(self, unfreeze: bool = True) -> None:
        self.unfreeze = unfreeze
        self._thresholds: tuple[int, int, int] | None = None

    def __enter__(self) -> Loading:
        self._thresholds = gc.get_threshold()
        # a threshold of 0, not gc.disable(): srsly's msgpack turns the collector back
        # on after each model file it reads
        gc.set_threshold(0)
        return self

    def loaded(self) -> None:
        """Loading is over: freeze what was loaded and collect garbage again."""
        if self._thresholds is not None:
            gc.freeze()
            gc.set_threshold(*self._thresholds)
            self._thresholds = None

    def __exit__(self, *exc_info: object) -> None:
        self.loaded()
        if self.unfreeze:
            gc.unfreeze()
