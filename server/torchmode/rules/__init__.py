"""The rules torchmode reports: one module per rule, and this registry, from which everything else derives.

A rule module holds everything about its rule: CODE, NAME, SUMMARY, DESCRIPTION, HELP, DEFAULT_SEVERITY,
ACTION_TITLES (code-action titles by fix kind), `findings(ctx, hazards, engine)` (message, related places,
fixes) and its VALID/INVALID examples (tests/test_rule_examples.py runs them). The engine, the settings
(known codes, the default selection), the CLI's `--select/--ignore`, SARIF's rule table, the LSP's
`codeDescription` and code-action titles all read this registry. Adding a rule: a module here, listed in
RULES, and its tests.
"""

from __future__ import annotations

import dataclasses
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
    hazards, in_tree_lines = in_file_lines(hazards, ctx, engine)
    memo = memo_of(engine)
    memo.start(ctx, in_tree_lines)
    result = []
    for rule in RULES:
        mine = [h for h in hazards if h.rule == rule.CODE]
        if mine:
            result.extend(rule.findings(ctx, mine, engine))
    memo.finish(ctx)
    return _eval_mode_double_backward(result)


def _eval_mode_double_backward(found: list) -> list:
    """A double backward (TM003) on a line where the first backward already meets an eval-mode RNN (TM001): the
    program dies there with TM001's message, so that is the one finding; its preferred fix is cuDNN off around the
    forward, since `train()` would only lead to TM003's crash."""
    at = {(f.path, f.range): f for f in found if f.code == tm001.CODE}
    merged = {(f.path, f.range) for f in found if f.code == tm003.CODE and (f.path, f.range) in at}
    if not merged:
        return found
    result = []
    for finding in found:
        place = (finding.path, finding.range)
        if place not in merged:
            result.append(finding)
        elif finding.code == tm001.CODE:
            double = next(f for f in found if f.code == tm003.CODE and (f.path, f.range) == place)
            cudnn = [f for f in (*finding.fixes, *double.fixes) if f.kind == "cudnn"][:1]
            others = [dataclasses.replace(f, preferred=False) for f in finding.fixes if f.kind != "cudnn"]
            fixes = [dataclasses.replace(f, preferred=True) for f in cudnn] + others
            result.append(dataclasses.replace(
                finding, message=finding.message + ", and in train mode its double backward would fail too (TM003)",
                fixes=tuple(fixes)))
    return result
