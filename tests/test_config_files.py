"""Settings files a program reads (configfiles.py): their values decide as if written in the code; a file we
cannot read or parse leaves them unknown. Each case checks a crash and its clean twin differing only in the file."""
import pytest

from torchmode.engine import Engine

PROGRAM = '''import {module}
from pathlib import Path

import torch
import torch.nn as nn

settings = {reader}
model = nn.GRU(3, 4, batch_first=True)
if settings["serve"]["frozen"]:
    model.eval()
model(torch.randn(2, 5, 3))[0].sum().backward()
'''

CASES = {
    "toml": ("tomllib", 'tomllib.loads(Path(__file__).with_name("run.toml").read_text())', "run.toml",
             "[serve]\nfrozen = {value}\n"),
    "json": ("json", 'json.load(open(Path(__file__).parent / "run.json"))', "run.json",
             '{{"serve": {{"frozen": {value}}}}}'),
    "yaml": ("yaml", 'yaml.safe_load((Path(__file__).parent / "conf" / "run.yaml").read_text())', "conf/run.yaml",
             "serve:\n  frozen: {value}\n"),
}


def _codes(tmp_path, case: str, value: str | None) -> list[str]:
    module, reader, name, content = CASES[case]
    path = tmp_path / "train.py"
    path.write_text(PROGRAM.format(module=module, reader=reader))
    if value is not None:
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(content.format(value=value))
    return [f.code for f in Engine([str(tmp_path)], use_jedi=False).check_file(str(path)).findings]


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_settings_file_decides_the_branch_it_names(tmp_path, case):
    (tmp_path / "on").mkdir()
    (tmp_path / "off").mkdir()
    assert _codes(tmp_path / "on", case, "true") == ["TM001"]
    assert _codes(tmp_path / "off", case, "false") == []


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_missing_or_broken_file_leaves_the_value_unknown(tmp_path, case):
    # unknown: the eval may or may not happen, and a path that may crash is reported as before
    (tmp_path / "missing").mkdir()
    (tmp_path / "broken").mkdir()
    assert _codes(tmp_path / "missing", case, None) == ["TM001"]
    assert _codes(tmp_path / "broken", case, "[unclosed") == ["TM001"]


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_settings_file_is_a_dependency_and_an_edit_there_is_seen(tmp_path, case):
    """An editor re-checks a file when one of its dependencies changes; the engine must then forget what the old
    values decided (engine.invalidate), not hand back the kept result."""
    module, reader, name, content = CASES[case]
    path, settings = tmp_path / "train.py", tmp_path / name
    path.write_text(PROGRAM.format(module=module, reader=reader))
    settings.parent.mkdir(exist_ok=True)
    settings.write_text(content.format(value="true"))
    engine = Engine([str(tmp_path)], use_jedi=False)
    report = engine.check_file(str(path))
    assert str(settings) in report.dependencies
    assert [f.code for f in report.findings] == ["TM001"]
    settings.write_text(content.format(value="false"))
    engine.invalidate(str(settings))
    assert engine.check_file(str(path)).findings == []
