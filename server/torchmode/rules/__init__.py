"""The rules torchmode reports: one module per rule, and this registry, from which everything else derives.

A rule module holds everything about its rule: CODE, NAME, SUMMARY, DESCRIPTION, HELP, DEFAULT_SEVERITY,
ACTION_TITLES (code-action titles by fix kind), `findings(ctx, hazards, engine)` (message, related places,
fixes) and its VALID/INVALID examples (tests/test_rule_examples.py runs them). The engine, the settings
(known codes, the default selection), the CLI's `--select/--ignore`, SARIF's rule table, the LSP's
`codeDescription` and code-action titles all read this registry. Adding a rule: a module here, listed in
RULES, and its tests.
"""

from __future__ import annotations

from types import ModuleType

from ..filelines import in_file_lines
from . import tm001, tm002, tm003
from .common import memo_of

RULES: tuple[ModuleType, ...] = (tm001, tm002, tm003)
BY_CODE: dict[str, ModuleType] = {rule.CODE: rule for rule in RULES}
CODES: tuple[str, ...] = tuple(BY_CODE)

# Each rule's page: a section of the README (anchors `tm001`, `tm002`, ...).
DOCS_URL = "https://github.com/torchmode/torchmode/blob/main/README.md"


def get(code: str) -> ModuleType | None:
    return BY_CODE.get(code)


def page_url(code: str) -> str:
    return f"{DOCS_URL}#{code.lower()}"


def action_title(code: str, kind: str | None) -> str | None:
    """The code-action title a rule gives its fixes of this kind (None: keep the fix's own title)."""
    rule = BY_CODE.get(code)
    return getattr(rule, "ACTION_TITLES", {}).get(kind) if rule is not None else None


def findings(ctx, hazards, engine) -> list:
    """Every rule's findings for one file's hazards, in the registry's order. Rules see the file's
    lines: the analysis's kept results may number lines as they were before an edit moved them."""
    hazards = in_file_lines(hazards, ctx, engine)
    memo = memo_of(engine)
    memo.start(ctx)
    result = []
    for rule in RULES:
        mine = [h for h in hazards if h.rule == rule.CODE]
        if mine:
            result.extend(rule.findings(ctx, mine, engine))
    memo.finish(ctx)
    return result
