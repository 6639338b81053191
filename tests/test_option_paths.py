"""A crash only a command-line option leads to: still reported (a run with the option crashes), as a warning whose
message names the test a plain run fails and points at it (rules/option_paths.py)."""

import textwrap

import pytest

from torchmode.engine import Engine

SCRIPT = textwrap.dedent("""\
    import argparse
    import torch
    from torch import nn


    class Recurrent(nn.Module):
        def __init__(self):
            super().__init__()
            self.rnn = nn.LSTM(4, 8, batch_first=True)

        def forward(self, x):
            return self.rnn(x)[0].sum()


    class Convolutional(nn.Module):
        def __init__(self):
            super().__init__()
            self.conv = nn.Conv1d(4, 8, 3)

        def forward(self, x):
            return self.conv(x.transpose(1, 2)).sum()


    def main():
        ap = argparse.ArgumentParser()
        ap.add_argument("--arch", default="DEFAULT", choices=["lstm", "conv"])
        args = ap.parse_args()
        BUILD
        model.eval()
        x = torch.randn(2, 5, 4)
        loss = model(x)
        loss.backward()


    main()
    """)

IN_MAIN = """if args.arch == "lstm":
        model = Recurrent()
    else:
        model = Convolutional()"""

BY_A_BUILDER = "model = build(args.arch)"
BUILDER = textwrap.dedent("""\


    def build(arch):
        if arch == "lstm":
            return Recurrent()
        return Convolutional()
    """)


# The option reaches the builder as an entry of a configuration table the script fills from it.
BY_A_TABLE = """cfg = {"arch": args.arch, "depth": 2}
    model = build_from(cfg)"""
TABLE_BUILDER = textwrap.dedent("""\


    def build_from(cfg):
        if cfg["arch"] == "lstm":
            return Recurrent()
        return Convolutional()
    """)


def check(tmp_path, default: str, build: str):
    text = SCRIPT.replace("DEFAULT", default).replace("BUILD", build)
    if build in (BY_A_BUILDER, BY_A_TABLE):
        text = text.replace("\n\ndef main", (BUILDER if build == BY_A_BUILDER else TABLE_BUILDER) + "\n\ndef main")
    path = tmp_path / "script.py"
    path.write_text(text)
    findings = Engine((str(tmp_path),)).check_source(str(path), text).findings
    assert [f.code for f in findings] == ["TM001"], findings
    return findings[0], text


@pytest.mark.parametrize("build", [IN_MAIN, BY_A_BUILDER, BY_A_TABLE],
                         ids=["branch_in_main", "parameter_of_a_builder", "entry_of_a_table_filled_from_it"])
def test_a_path_only_an_option_opens_is_a_warning_naming_the_option(tmp_path, build):
    finding, text = check(tmp_path, "conv", build)
    assert finding.severity == "warning"
    assert 'a plain run gives `--arch` its default, "conv"' in finding.message
    place = finding.related[-1]
    assert place.message == "a plain run does not take this branch"
    line = text.splitlines()[place.range.start.line]
    assert line[place.range.start.character:place.range.end.character] in \
        ('arch == "lstm"', 'args.arch == "lstm"', 'cfg["arch"] == "lstm"')


@pytest.mark.parametrize("build", [IN_MAIN, BY_A_BUILDER, BY_A_TABLE],
                         ids=["branch_in_main", "parameter_of_a_builder", "entry_of_a_table_filled_from_it"])
def test_the_path_a_plain_run_takes_stays_an_error(tmp_path, build):
    finding, _ = check(tmp_path, "lstm", build)
    assert finding.severity == "error"
    assert "plain run" not in finding.message
    assert all("plain run" not in place.message for place in finding.related)


def test_a_flag_off_by_default_guarding_the_eval(tmp_path):
    text = SCRIPT.replace('ap.add_argument("--arch", default="DEFAULT", choices=["lstm", "conv"])',
                          'ap.add_argument("--calibrate", action="store_true")')
    text = text.replace("BUILD", "model = Recurrent()").replace("    model.eval()\n",
                                                               "    if args.calibrate:\n        model.eval()\n")
    path = tmp_path / "flag.py"
    path.write_text(text)
    finding, = Engine((str(tmp_path),)).check_source(str(path), text).findings
    assert finding.severity == "warning" and "`args.calibrate`" in finding.message
    assert "a plain run gives `--calibrate` its default, False" in finding.message


ADAPT = textwrap.dedent("""\
    import argparse
    import torch
    from torch import nn


    class Recurrent(nn.Module):
        def __init__(self):
            super().__init__()
            self.rnn = nn.GRU(4, 8, batch_first=True)

        def forward(self, x):
            return self.rnn(x)[0].sum()


    def adapt(model, x):
        model(x).backward()
        return model


    def evaluate(model, x, use_adapt):
        model.eval()
        net = adapt(model, x) if use_adapt else model
        with torch.no_grad():
            return net(x)


    def main():
        ap = argparse.ArgumentParser()
        ap.add_argument("--adapt", action="store_true", default=DEFAULT)
        args = ap.parse_args()
        evaluate(Recurrent(), torch.randn(2, 5, 4), use_adapt=args.adapt)


    main()
    """)


@pytest.mark.parametrize("default, severity", [("False", "warning"), ("True", "error")])
def test_a_callee_only_a_conditional_expression_on_an_option_calls(tmp_path, default, severity):
    """`net = adapt(model, x) if use_adapt else model` with `use_adapt=args.adapt`: the backward in `adapt()` is on a
    path only `--adapt` opens (the side of the expression that calls anything), found at the caller's statement."""
    text = ADAPT.replace("DEFAULT", default)
    path = tmp_path / "adapt.py"
    path.write_text(text)
    finding, = Engine((str(tmp_path),)).check_source(str(path), text).findings
    assert finding.severity == severity, finding
    assert ("a plain run gives `--adapt` its default, False" in finding.message) == (severity == "warning")


CONFIGURED = textwrap.dedent("""\
    import argparse
    import torch
    from torch import nn

    CONFIG = {"epochs": 1, "adapt": "ADAPT", "probe": PROBE}


    class Recurrent(nn.Module):
        def __init__(self):
            super().__init__()
            self.rnn = nn.GRU(4, 8, batch_first=True)

        def forward(self, x):
            return self.rnn(x)[0].sum()


    def probe(model, x):
        model(x).backward()


    def adapt(model, x, cfg):
        if cfg["adapt"] == "off":
            return model
        model(x).backward()
        return model


    def main():
        ap = argparse.ArgumentParser()
        ap.add_argument("--adapt", choices=["off", "full"], default=None)
        ap.add_argument("--probe", action="store_true")
        args = ap.parse_args()
        cfg = dict(CONFIG)
        if args.adapt is not None:
            cfg["adapt"] = args.adapt
        if args.probe:
            cfg["probe"] = True
        model = Recurrent()
        model.eval()
        x = torch.randn(2, 5, 4)
        if cfg["probe"]:
            probe(model, x)
        adapt(model, x, cfg)


    main()
    """)


@pytest.mark.parametrize("call", ["probe", "adapt"])
@pytest.mark.parametrize("adapt, probe, severity", [("off", "False", "warning"), ("full", "True", "error")])
def test_a_configuration_entry_only_an_option_changes(tmp_path, call, adapt, probe, severity):
    """`if cfg["probe"]: probe(model, x)` and an early `if cfg["adapt"] == "off": return` in `adapt()`, over a copy of a
    module-level CONFIG the script changes only under `if args.probe:` / `if args.adapt is not None:` (no default):
    a plain run reads CONFIG's constants, so a backward behind a test they fail is a warning naming the entry, one
    behind a test they pass an error."""
    text = CONFIGURED.replace("ADAPT", adapt).replace("PROBE", probe)
    text = text.replace("    adapt(model, x, cfg)\n", "") if call == "probe" else text.replace(
        "    if cfg[\"probe\"]:\n        probe(model, x)\n", "")
    path = tmp_path / "configured.py"
    path.write_text(text)
    finding, = Engine((str(tmp_path),)).check_source(str(path), text).findings
    assert finding.severity == severity, finding
    entry = 'CONFIG["probe"]` its default, False' if call == "probe" else 'CONFIG["adapt"]` its default, "off"'
    assert (entry in finding.message) == (severity == "warning"), finding.message
