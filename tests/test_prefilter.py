"""The CLI's text pre-filter must let through every file a finding can sit in, also when eval
and backward meet only through a chain of calls across modules."""

import subprocess
import sys
import textwrap
from pathlib import Path

from torchmode.walk import needing_analysis


def test_call_chain_across_modules_passes_the_filter():
    sources = {
        "pkg/evaluator.py": "def evaluate(model, data):\n    model.eval()\n",
        "pkg/trainer.py": textwrap.dedent("""\
            from .evaluator import evaluate

            def train_one_epoch(model, data, opt):
                model(data).sum().backward()

            def fit(model, data, opt):
                for epoch in range(3):
                    train_one_epoch(model, data, opt)
                    evaluate(model, data)
            """),
        "pkg/main.py": "from .trainer import fit\nfit(model, data, opt)\n",
        "pkg/unrelated.py": "def fit(x):\n    return x\nprint(fit(1))\n",
    }
    needed = needing_analysis(sources)
    assert {"pkg/trainer.py", "pkg/main.py"} <= needed
    assert "pkg/unrelated.py" not in needed  # names `fit`, but not next to the module `trainer`
    assert "pkg/evaluator.py" not in needed  # eval without any backward


def test_cli_finds_the_chain_with_and_without_the_prefilter(tmp_path):
    (tmp_path / "helpers.py").write_text(textwrap.dedent("""\
        import torch

        def prepare(model):
            model.eval()
            return model

        @torch.no_grad()
        def benchmark(model, x):
            model = prepare(model)
            return model(x)
        """))
    (tmp_path / "train.py").write_text(textwrap.dedent("""\
        import torch
        from torch import nn
        from helpers import benchmark

        model = nn.GRU(4, 8, batch_first=True)
        benchmark(model, torch.randn(2, 3, 4))
        out, _ = model(torch.randn(2, 3, 4))
        out.sum().backward()
        """))
    for extra in ([], ["--no-prefilter"]):
        command = [sys.executable, "-m", "torchmode", "check", *extra, str(tmp_path)]
        result = subprocess.run(command, capture_output=True, text=True, cwd=Path(__file__).parent)
        assert result.returncode == 1, result.stdout + result.stderr
        assert "train.py:8:1: TM001" in result.stdout
