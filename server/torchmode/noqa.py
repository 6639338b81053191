"""`# noqa` comments: the one place that decides which findings a line's comment suppresses.

Shared by the command line and the language server so both hide exactly the same findings.
Follows flake8/ruff: `# noqa` on its own hides every finding on the line, `# noqa: TM001` (or a
comma/space separated list of codes) only those codes; `noqa` is matched case-insensitively.
"""

from __future__ import annotations

import re

from .findings import Finding

_NOQA = re.compile(
    r"#\s*noqa(?::[\s]?(?P<codes>[A-Z]+[0-9]*(?:[,\s]+[A-Z]+[0-9]*)*))?",
    re.IGNORECASE,
)
_CODE = re.compile(r"[A-Z]+[0-9]*", re.IGNORECASE)


def noqa_line(finding: Finding) -> int:
    """The 0-based line whose comment suppresses `finding`: where its own `# noqa` fix puts the
    comment when it has one, else the line the finding starts on."""
    for fix in finding.fixes:
        if fix.kind == "noqa" and fix.edits:
            return fix.edits[0].range.start.line
    return finding.range.start.line


def codes_on_line(line: str) -> set[str] | None:
    """None when the line has no noqa comment; an empty set for a blanket `# noqa`;
    otherwise the codes it names (upper-cased)."""
    match = _NOQA.search(line)
    if not match:
        return None
    codes = match.group("codes")
    return {c.upper() for c in _CODE.findall(codes)} if codes else set()


def is_suppressed(finding: Finding, lines: list[str]) -> bool:
    row = noqa_line(finding)
    if not 0 <= row < len(lines):
        return False
    codes = codes_on_line(lines[row])
    if codes is None:
        return False
    return not codes or any(finding.code.upper().startswith(code) for code in codes)


def filter_findings(findings: list[Finding], text: str, lines: list[str] | None = None) -> list[Finding]:
    """The findings that no `# noqa` comment in `text` suppresses. `lines`: the text already
    split at its line breaks, when the caller has it (then only the findings' rows are read)."""
    if not findings:
        return []
    if lines is None:
        if "noqa" not in text.lower():
            return list(findings)
        # Split only at real line breaks (str.splitlines also splits at form feeds, shifting rows).
        lines = re.split(r"\r\n|\r|\n", text)
    return [f for f in findings if not is_suppressed(f, lines)]
