"""TM002 (torch.func transforms) and TM003 (double backward) in the engine: the shapes the corpus does not pin
down — vmap's honest finding, TM001 stepping aside, what crosses files, which create_graph values count."""

from __future__ import annotations

import textwrap

from torchmode.engine import Engine
from torchmode.walk import needing_analysis

HEADER = """\
import argparse
import torch
from torch import nn
from torch.func import functional_call, grad, vmap

lstm = nn.LSTM(3, 4, batch_first=True)
x = torch.randn(2, 5, 3)
"""


def findings(tmp_path, code: str, name: str = "prog.py", engine: Engine | None = None):
    path = tmp_path / name
    path.write_text(code)
    return (engine or Engine([str(tmp_path)], use_jedi=False)).check_file(str(path)).findings


def rows(found) -> list[tuple[int, str]]:
    return sorted((f.range.start.line + 1, f.code) for f in found)


def test_vmap_is_reported_without_a_cudnn_fix(tmp_path):
    code = HEADER + "with torch.no_grad():\n    out = vmap(lambda s: lstm(s.unsqueeze(0))[0].sum())(x)\n"
    (finding,) = findings(tmp_path, code)
    assert finding.code == "TM002" and "batching rule" in finding.message
    assert [fix.kind for fix in finding.fixes] == ["noqa"]  # cuDNN off does not help vmap


def test_torch_func_in_eval_mode_is_tm002_not_tm001(tmp_path):
    code = HEADER + "lstm.eval()\ng = grad(lambda inp: lstm(inp)[0].sum())(x)\n"
    (finding,) = findings(tmp_path, code)
    assert finding.code == "TM002" and finding.range.start.line == code.count("\n") - 1
    assert finding.preferred_fix.kind == "cudnn"
    assert "cudnn.flags(enabled=False)" in "".join(edit.new_text for edit in finding.preferred_fix.edits)


def test_transform_in_a_helper_that_names_no_rnn_is_reported_at_the_transform(tmp_path):
    # The caller's model decides that the helper's transform runs an LSTM; the crash, and its fix (cuDNN off
    # around the transform), are in the helper, so the helper's file reports it once, not each call.
    (tmp_path / "helpers.py").write_text(textwrap.dedent("""\
        from torch.func import functional_call, grad


        def parameter_grads(model, inputs):
            params = {name: p.detach() for name, p in model.named_parameters()}
            return grad(lambda p: functional_call(model, p, (inputs,))[0].sum())(params)
        """))
    code = HEADER + "from helpers import parameter_grads\n\ngrads = parameter_grads(lstm, x)\n"
    engine = Engine([str(tmp_path)], use_jedi=False)
    assert findings(tmp_path, code, engine=engine) == []
    (finding,) = engine.check_file(str(tmp_path / "helpers.py")).findings
    assert (finding.code, finding.range.start.line + 1) == ("TM002", 6)
    assert finding.preferred_fix.kind == "cudnn"


def test_grad_of_features_computed_outside_the_transform_is_silent(tmp_path):
    code = HEADER + "feats = lstm(x)[0].detach()\nw = grad(lambda w: (feats @ w).sum())(torch.ones(4))\n"
    assert findings(tmp_path, code) == []


def test_create_graph_values(tmp_path):
    second = ("(g,) = torch.autograd.grad(lstm(inp)[0].sum(), inp, create_graph={flag})\n"
              "g.pow(2).sum().backward()\n")
    base = HEADER + "inp = x.clone().requires_grad_()\n"
    line = base.count("\n") + 2
    cases = {
        "True": [(line, "TM003")],
        "False": [],
        "not first_order": [],  # first_order = True below: FOMAML
        "args.second_order": [],  # a store_true flag: off unless given
        "some_flag()": [(line, "TM003")],  # unknown: counts as on
    }
    for flag, expected in cases.items():
        code = base + second.format(flag=flag) + textwrap.dedent("""\
            first_order = True
            parser = argparse.ArgumentParser()
            parser.add_argument("--second-order", action="store_true")
            args = parser.parse_args()
            """)
        assert rows(findings(tmp_path, code)) == expected, flag


def test_double_backward_in_eval_mode_leaves_the_report_to_tm001(tmp_path):
    code = HEADER + textwrap.dedent("""\
        lstm.eval()
        inp = x.clone().requires_grad_()
        (g,) = torch.autograd.grad(lstm(inp)[0].sum(), inp, create_graph=True)
        g.pow(2).sum().backward()
        """)
    assert rows(findings(tmp_path, code)) == [(code.count("\n") - 1, "TM001")]


def test_prefilter_lets_higher_order_files_through_without_a_mode_switch():
    sources = {
        "func.py": "from torch.func import grad\ng = grad(f)(x)\n",
        "penalty.py": "g = torch.autograd.grad(y, x, create_graph=True)\ng.sum().backward()\n",
        "plain.py": "loss.backward()\n",
        "first_order.py": "g = torch.autograd.grad(y, x, create_graph=False)\n",
    }
    assert needing_analysis(sources) == {"func.py", "penalty.py"}


def test_multi_step_inner_loop_reports_only_the_meta_backward(tmp_path):
    # Step two of the inner loop differentiates w.r.t. the fast weights of step one: the walk stops there, so
    # only the meta-loss backward reaches the first step's graph (as the guard shows: it fails there).
    code = HEADER + textwrap.dedent("""\
        def inner_adapt(model, x, steps=2, create_graph=True):
            params = dict(model.named_parameters())
            for _ in range(steps):
                loss = functional_call(model, params, (x,))[0].pow(2).mean()
                grads = torch.autograd.grad(loss, params.values(), create_graph=create_graph)
                params = {k: p - 0.1 * g for (k, p), g in zip(params.items(), grads)}
            return params


        fast = inner_adapt(lstm, x)
        query_loss = functional_call(lstm, fast, (x,))[0].sum()
        query_loss.backward()
        """)
    assert rows(findings(tmp_path, code)) == [(code.count("\n"), "TM003")]


def test_a_functional_jacobian_with_create_graph_differentiated_again(tmp_path):
    code = HEADER + textwrap.dedent("""\
        jac = torch.autograd.functional.jacobian(lambda inp: lstm(inp)[0].sum(), x, create_graph=True)
        jac.pow(2).sum().backward()
        plain = torch.autograd.functional.jacobian(lambda inp: lstm(inp)[0].sum(), x)
        plain.pow(2).sum().backward()
        """)
    assert rows(findings(tmp_path, code)) == [(code.count("\n") - 2, "TM003")]


def test_tm001_on_a_gradient_kept_for_a_second_differentiation_prefers_cudnn_off(tmp_path):
    code = HEADER + textwrap.dedent("""\
        lstm.eval()
        inp = x.clone().requires_grad_()
        (g,) = torch.autograd.grad(lstm(inp)[0].sum(), inp, create_graph=True)
        g.pow(2).sum().backward()
        """)
    (finding,) = findings(tmp_path, code)
    assert finding.code == "TM001" and finding.preferred_fix.kind == "cudnn"  # train() would hit TM003 next
    assert [fix.kind for fix in finding.fixes][:2] == ["train", "cudnn"]


def test_a_random_generator_is_not_a_module_whose_forward_is_differentiated(tmp_path):
    # `torch.Generator().manual_seed(s)` once counted as the forward of a module of unknown class:
    # TM003 then blamed the generator's line and wrapped only the backward in cuDNN off, which fails.
    code = HEADER + textwrap.dedent("""\
        def sample(seed):
            g = torch.Generator().manual_seed(seed)
            return torch.randn(2, 5, 3, generator=g)

        for seed in range(2):
            xs = sample(seed)
            params = dict(lstm.named_parameters())
            inner = functional_call(lstm, params, (xs,))[0].sum()
            grads = torch.autograd.grad(inner, list(params.values()), create_graph=True)
            sum(g.pow(2).sum() for g in grads).backward()
        """)
    (finding,) = findings(tmp_path, code)
    assert finding.code == "TM003" and "line 8" not in finding.message, finding.message
    wrap = finding.preferred_fix.edits[0].range.start.line + 1
    assert wrap <= 15, finding.preferred_fix  # cuDNN off from the forward (line 15) on, not the backward only
