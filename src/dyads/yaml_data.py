"""Reading YAML data files (the package's and the user's): fast, and words stay words.

libyaml's loader when PyYAML has it (ten times faster than the pure-Python one,
which start-up felt), and YAML 1.2's booleans only: in a lexicon or word list
"on", "no", "yes" and "off" are words ("target: [on, for]"), which YAML 1.1 would
read as true and false.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class WordLoader(_Base):  # type: ignore[misc, valid-type]
    """A safe loader whose only booleans are true and false."""


WordLoader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
WordLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))

YAMLError = yaml.YAMLError


def load_yaml(text: str) -> Any:
    """The data of a YAML text (safe: plain data only)."""
    return yaml.load(text, Loader=WordLoader)  # noqa: S506 - a safe loader
