"""Models of unknown class (`torch.load`, a class picked by name) are judged from the workspace
modules within reach of the backward's file (README, "Deciding where certainty is impossible")."""

import textwrap

from torchmode.engine import Engine

FINETUNE = textwrap.dedent("""\
    import torch
    import nets  # the pickled class must be importable

    model = torch.load("model.pt", weights_only=False)
    model.eval()
    model(torch.randn(1, 3, 2)).sum().backward()
    """)
CONV = "import torch.nn as nn\n\nclass Net(nn.Module):\n    def __init__(self):\n        super().__init__()\n        self.conv = nn.Conv1d(2, 2, 1)\n"
RECURRENT = CONV.replace("nn.Conv1d(2, 2, 1)", "nn.LSTM(2, 2)")


def lines_of(report):
    return [f.range.start.line + 1 for f in report.findings]


def test_a_loaded_model_counts_when_an_imported_workspace_module_names_an_rnn(tmp_path):
    (tmp_path / "nets.py").write_text(RECURRENT)
    (tmp_path / "finetune.py").write_text(FINETUNE)
    assert lines_of(Engine(roots=[str(tmp_path)], use_jedi=False).check_file(str(tmp_path / "finetune.py"))) == [6]


def test_a_loaded_model_is_silent_when_the_workspace_in_reach_has_no_rnn(tmp_path):
    (tmp_path / "nets.py").write_text(CONV)
    (tmp_path / "finetune.py").write_text(FINETUNE)
    assert lines_of(Engine(roots=[str(tmp_path)], use_jedi=False).check_file(str(tmp_path / "finetune.py"))) == []


def test_the_verdict_follows_edits_to_the_imported_module(tmp_path):
    """In the editor: the model module gains an LSTM while finetune.py stays as it is."""
    (tmp_path / "nets.py").write_text(CONV)
    finetune = str(tmp_path / "finetune.py")
    (tmp_path / "finetune.py").write_text(FINETUNE)
    engine = Engine(roots=[str(tmp_path)], use_jedi=False)
    assert lines_of(engine.check_source(finetune, FINETUNE)) == []
    engine.set_overlay(str(tmp_path / "nets.py"), RECURRENT)
    assert lines_of(engine.check_source(finetune, FINETUNE)) == [6]
    engine.set_overlay(str(tmp_path / "nets.py"), CONV)
    assert lines_of(engine.check_source(finetune, FINETUNE)) == []
