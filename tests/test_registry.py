"""The rule registry is the one source: settings, SARIF, JSON, the LSP's code-action titles, the VS Code
settings and the README all follow it, and one function decides what is shown in the CLI and the server."""

from __future__ import annotations

import json
from pathlib import Path

from torchmode import output, rules, selection, settings
from torchmode.engine import Engine
from torchmode.rules import tm002

REPO = Path(__file__).resolve().parent.parent
FIELDS = ("CODE", "NAME", "SUMMARY", "DESCRIPTION", "HELP", "DEFAULT_SEVERITY", "ACTION_TITLES", "findings",
          "INVALID", "VALID")


def test_every_rule_module_is_complete_and_codes_are_unique():
    assert rules.CODES == ("TM001", "TM002", "TM003")
    for rule in rules.RULES:
        missing = [name for name in FIELDS if not hasattr(rule, name)]
        assert not missing, (rule.CODE, missing)
        assert rule.DEFAULT_SEVERITY in settings.SEVERITIES and rule.INVALID and rule.VALID
    assert len({rule.NAME for rule in rules.RULES}) == len(rules.RULES)


def test_settings_sarif_and_json_derive_from_the_registry():
    assert settings.KNOWN_CODES == rules.CODES
    assert settings.Settings().enabled_codes() == set(rules.CODES)  # all rules by default
    assert settings.Settings(ignore=("TM002",)).enabled_codes() == {"TM001", "TM003"}
    driver = json.loads(output.format_sarif([]))["runs"][0]["tool"]["driver"]
    assert [r["id"] for r in driver["rules"]] == list(rules.CODES)
    for rule in driver["rules"]:
        module = rules.get(rule["id"])
        assert rule["name"] == module.NAME and rule["help"]["text"] == module.HELP
        assert rule["helpUri"] == rules.page_url(rule["id"])


def test_vscode_settings_and_readme_know_every_rule():
    package = json.loads((REPO / "package.json").read_text())
    props = package["contributes"]["configuration"]["properties"]
    for key in ("torchmode.select", "torchmode.ignore"):
        assert set(props[key]["items"]["enum"]) == {"TM", *rules.CODES}
    assert set(props["torchmode.severity"]["properties"]) == set(rules.CODES)
    readme = (REPO / "README.md").read_text()
    for code in rules.CODES:
        assert f'<a id="{code.lower()}"></a>' in readme, code  # the page page_url() points at


def _tm002_and_tm003(tmp_path):
    code = tm002.INVALID[1] + "\n(slope,) = torch.autograd.grad(model(x.requires_grad_()).sum(), x, create_graph=True)\n" \
        "slope.pow(2).sum().backward()  # noqa: TM003\n"
    path = tmp_path / "prog.py"
    path.write_text(code)
    return code, Engine(use_jedi=False).check_file(str(path)).findings


def test_one_function_decides_what_is_shown(tmp_path):
    text, found = _tm002_and_tm003(tmp_path)
    assert {f.code for f in found} == {"TM002", "TM003"}
    shown = selection.shown(found, settings.Settings(), text)
    assert [f.code for f in shown] == ["TM002"]  # TM003 is under a noqa comment for TM003
    graded = selection.shown(found, settings.Settings(severity={"TM002": "hint"}), text)
    assert [f.severity for f in graded] == ["hint"]
    assert selection.shown(found, settings.Settings(select=("TM003",)), text) == []
    assert selection.shown(found, settings.Settings(ignore=("TM",)), text) == []


def test_code_action_titles_come_from_the_rule():
    assert rules.action_title("TM002", "cudnn") == tm002.ACTION_TITLES["cudnn"]
    assert rules.action_title("TM003", "noqa") == "Ignore on this line (`# noqa: TM003`)"
    assert rules.action_title("TM001", "train") is None  # the engine's own title names the receiver
