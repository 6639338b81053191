"""An open file's module body runs statement by statement and replays what cannot have changed (regions.py).

Module-level programs (the corpus's and generated experiment scripts, the shape of research scripts and
notebooks) get random keystrokes, code edits and line-moving edits; after every edit the open file's
findings — messages, related locations and fixes included — must equal a brand-new Engine's, and most
top-level statements must have been replayed rather than analysed."""

import glob
import os
import random
import re
import sys

import pytest

from torchmode.engine import Engine
from torchmode.flow import FunctionAnalysis
from test_incremental import in_line_edit, random_edit
from test_shift import everything

ROOT = os.path.dirname(__file__)
sys.path.insert(0, os.path.join(ROOT, "..", "benchmarks"))
from gen_module_script import generate  # noqa: E402

CORPUS = sorted(glob.glob(os.path.join(ROOT, "corpus", "*", "*.py")))


def _top_level_statements(text: str) -> int:
    return sum(1 for line in text.splitlines() if line[:1].isalpha() and not line.startswith(("def ", "class ")))


MODULE_LEVEL = [p for p in CORPUS if _top_level_statements(open(p, encoding="utf-8").read()) >= 8]
PROGRAMS = [generate(400, seed) for seed in range(3)] + [open(p, encoding="utf-8").read() for p in MODULE_LEVEL]


class _Counter:
    """How many top-level statements were analysed (not replayed) since the last reset."""

    def __init__(self, monkeypatch) -> None:
        self.analysed = 0
        statement_at = FunctionAnalysis.statement_at

        def counting(analysis, block_key, index, stmt, state):
            if analysis.is_module and len(analysis.stmt_stack) == 0:
                self.analysed += 1
            return statement_at(analysis, block_key, index, stmt, state)

        monkeypatch.setattr(FunctionAnalysis, "statement_at", counting)


def _valid(path: str, text: str) -> bool:
    return not Engine(use_jedi=False).check_source(path, text).notes  # no syntax error


@pytest.mark.parametrize("seed", range(16))
def test_replayed_module_bodies_equal_fresh_results(tmp_path, monkeypatch, seed):
    assert len(MODULE_LEVEL) >= 5, "the corpus has module-level programs to edit"
    rng = random.Random(seed)
    path = str(tmp_path / "script.py")
    text = PROGRAMS[seed % len(PROGRAMS)]
    # mostly keystrokes inside a line; now and then lines added or removed
    replayed_checks = _edits_equal_fresh(path, text, _Counter(monkeypatch), 25,
                                         lambda text: random_edit(rng, text) if rng.random() < 0.15 else in_line_edit(rng, text))
    assert replayed_checks, "some checks replayed most of the module body"


def _edits_equal_fresh(path: str, text: str, counter: _Counter, edits: int, edit) -> int:
    """Open `text`, make `edits` edits, each result equal to a fresh engine's; the number of checks
    that replayed most of the module body."""
    engine = Engine(use_jedi=False)
    engine.set_overlay(path, text)
    engine.check_source(path, text)
    statements = counter.analysed
    assert statements >= 8
    replayed_checks = 0
    for _ in range(edits):
        edited = edit(text)
        if not _valid(path, edited):
            continue
        text = edited
        counter.analysed = 0
        engine.set_overlay(path, text)
        incremental = engine.check_source(path, text)
        replayed_checks += counter.analysed < statements // 2
        assert everything(incremental) == everything(Engine(use_jedi=False).check_source(path, text))
    return replayed_checks


def _codes_after_edits(tmp_path, text: str, *edits: str) -> list[list[str]]:
    """The open file's finding codes after opening `text` and after each edit in turn; each result
    must also equal a fresh engine's."""
    path = str(tmp_path / "script.py")
    engine = Engine(use_jedi=False)
    codes = []
    for version in (text, *edits):
        engine.set_overlay(path, version)
        report = engine.check_source(path, version)
        assert everything(report) == everything(Engine(use_jedi=False).check_source(path, version))
        codes.append([f.code for f in report.findings])
    return codes


def test_a_block_of_replayed_statements_leaves_what_its_last_statement_left(tmp_path, monkeypatch):
    # Kept statements replay in blocks of 16 (regions._Block) while their chunk is not parsed again. The
    # edited `if __name__` block (a chunk of its own) starts from the state the second block's last
    # statement left, with the `model.eval()` inside that block: the backward is still found, and each
    # edit analyses only the edited statement.
    filler = [f"a{n} = {n}\n" for n in range(29)]
    text = ("import torch.nn as nn\nmodel = nn.LSTM(2, 2)\n" + "".join(filler[:18]) + "model.eval()\n"
            + "".join(filler[18:]) + "if __name__ == '__main__':\n    c = 1\n"
            + "    for x in []:\n        out, _ = model(x)\n        out.sum().backward()\n")
    counter = _Counter(monkeypatch)
    path = str(tmp_path / "script.py")
    engine = Engine(use_jedi=False)
    for version in (text, text.replace("c = 1", "c = 2"), text.replace("c = 1", "c = 3")):
        counter.analysed = 0
        engine.set_overlay(path, version)
        report = engine.check_source(path, version)
        if version is not text:
            assert counter.analysed == 1, "the edited statement and nothing else is analysed again"
        assert [f.code for f in report.findings] == ["TM001"]
        assert everything(report) == everything(Engine(use_jedi=False).check_source(path, version))


def test_a_pasted_eval_is_carried_through_blocks_that_do_not_read_the_model(tmp_path, monkeypatch):
    # Below a paste, kept blocks of statements that read nothing the paste changed are moved as a whole
    # (regions.run): `model.eval()` pasted above 42 assignments reaches the loop after them, and the
    # check analyses only the pasted statement, the first kept one after it (where the difference is
    # measured) and the loop that reads the model.
    # (a `def` starts a chunk: the chunks below the paste keep their trees, so their blocks are kept)
    filler = "".join(f"a{n} = {n}\n" + (f"def helper{n}():\n    return {n}\n" if n % 10 == 9 else "") for n in range(42))
    text = ("import torch.nn as nn\nmodel = nn.LSTM(2, 2)\n" + filler
            + "for x in []:\n    out, _ = model(x)\n    out.sum().backward()\n")
    pasted = text.replace("a0 = 0\n", "model.eval()\na0 = 0\n")
    counter = _Counter(monkeypatch)
    path = str(tmp_path / "script.py")
    engine = Engine(use_jedi=False)
    for version in (text, text.replace("a1 = 1", "a1 = 2"), pasted):
        counter.analysed = 0
        engine.set_overlay(path, version)
        report = engine.check_source(path, version)
    analysed = counter.analysed
    assert [f.code for f in report.findings] == ["TM001"]
    assert everything(report) == everything(Engine(use_jedi=False).check_source(path, pasted))
    assert analysed <= 4, analysed


def test_a_statement_moved_twice_keeps_both_edits_above_it(tmp_path):
    # Below a paste the kept statements replay with the difference carried over, their states made
    # only when a statement after them is analysed (regions._MovedEffect). `f2` is moved by the pasted
    # `model.eval()` and again by `w = 2` before its state is ever made; the edited `q = 1` after it
    # starts from both.
    text = ("import torch.nn as nn\nmodel = nn.LSTM(2, 2)\nf1 = 1\nf2 = 2\nq = 0\n"
            "for x in []:\n    out, _ = model(x)\n    out.sum().backward()\n")
    pasted = text.replace("f1 = 1\n", "model.eval()\nf1 = 1\n")
    again = pasted.replace("model.eval()\n", "w = 2\nmodel.eval()\n")
    edited = again.replace("q = 0", "q = 1")
    assert _codes_after_edits(tmp_path, text, pasted, again, edited) == [[], ["TM001"], ["TM001"], ["TM001"]]


def test_a_comment_typed_inside_a_kept_statement_does_not_replay_its_old_lines(tmp_path):
    # A blank line typed in fold() moves the loop below it (its chunk keeps its tree lines); a comment then typed
    # after `scores.append(fold(k))` gives that one line a new tree line while the loop's text stays the same.
    # The loop's kept effect names the call by its old tree line: it must be analysed again, or the finding's
    # "via `fold(k)` (line N)" names the line above the call.
    text = open(os.path.join(ROOT, "corpus", "helpers", "memo_factory_reused_across_folds.py"), encoding="utf-8").read()
    path = str(tmp_path / "train.py")
    engine = Engine(use_jedi=False)
    moved = text.replace("    for _ in range(2):\n", "    for _ in range(2):\n\n", 1)
    commented = moved.replace("    scores.append(fold(k))\n", "    scores.append(fold(k))  # edited\n", 1)
    assert moved != text and commented != moved
    for step in (text, moved, commented):
        engine.set_overlay(path, step)
        incremental = engine.check_source(path, step)
        assert everything(incremental) == everything(Engine(use_jedi=False).check_source(path, step))
    assert "(line 43)" in incremental.findings[0].message, incremental.findings[0].message


def test_a_changed_helper_is_not_replayed_past(tmp_path):
    # The loop statement is unchanged, but the function it calls now leaves the model in eval mode:
    # its callee's summary changed, so the statement is analysed again and the finding appears.
    text = (
        "import torch.nn as nn\n\n"
        "def evaluate(model):\n    model.train()\n\n"
        "model = nn.LSTM(2, 2)\n"
        "for x in []:\n    evaluate(model)\n    out, _ = model(x)\n    out.sum().backward()\n"
    )
    assert _codes_after_edits(tmp_path, text, text.replace("model.train()", "model.eval() ")) == [[], ["TM001"]]


def test_a_global_read_before_its_last_assignment_is_checked(tmp_path):
    # `model = MODELS["rnn"](2, 2)` reads the registry's last module-level value, set at the bottom:
    # editing only that line must not leave the earlier statements' replayed results standing.
    text = (
        "import torch.nn as nn  # an LSTM or a Linear\n"
        "MODELS = {}\n"
        "model = MODELS['rnn'](2, 2)\nmodel.eval()\n"
        "for x in []:\n    out, _ = model(x)\n    out.sum().backward()\n"
        "MODELS = {'rnn': nn.Linear}\n"
    )
    assert _codes_after_edits(tmp_path, text, text.replace("nn.Linear", "nn.LSTM")) == [[], ["TM001"]]


def test_the_cudnn_switch_further_down_is_seen(tmp_path):
    # `torch.backends.cudnn.enabled = False` anywhere in the file is part of its structure.
    text = (
        "import torch\nimport torch.nn as nn\n\n"
        "model = nn.LSTM(2, 2)\nmodel.eval()\n"
        "for x in []:\n    out, _ = model(x)\n    out.sum().backward()\n"
        "history = []\n"
    )
    edited = text.replace("history = []\n", "torch.backends.cudnn.enabled = False\n")
    assert _codes_after_edits(tmp_path, text, edited) == [["TM001"], []]


def test_a_function_reading_a_global_sees_its_new_value(tmp_path):
    # Module-level data lines are not the file's structure: a function's kept result survives their
    # edits unless it read the global that changed (Engine._still_valid, context.global_reads).
    text = (
        "import torch.nn as nn  # an LSTM or a Linear\n"
        "def train(batches):\n    model.eval()\n    for x in batches:\n        model(x)[0].sum().backward()\n\n"
        "model = nn.Linear(2, 2)\nsteps = 10\n"
    )
    edits = (text.replace("steps = 10", "steps = 20"), text.replace("nn.Linear", "nn.LSTM"))
    assert _codes_after_edits(tmp_path, text, *edits) == [[], [], ["TM001"]]


def test_a_number_in_a_header_keeps_the_module_body(tmp_path, monkeypatch):
    # Sizes and rates in def headers and constructors are read only for their truth: changing one
    # keeps the file's structure, so the module body is replayed (context._truthiness).
    text = generate(400, 0)
    header = next(line for line in text.splitlines() if "def __init__(self, features=" in line)
    edited = text.replace(header, header.replace("features=", "features=1", 1), 1)
    path = str(tmp_path / "script.py")
    counter = _Counter(monkeypatch)
    engine = Engine(use_jedi=False)
    engine.set_overlay(path, text)
    engine.check_source(path, text)
    statements, counter.analysed = counter.analysed, 0
    engine.set_overlay(path, edited)
    report = engine.check_source(path, edited)
    assert counter.analysed < statements // 4
    assert everything(report) == everything(Engine(use_jedi=False).check_source(path, edited))


def test_an_imported_file_that_changed_stops_the_replay_another_file_does_not(tmp_path, monkeypatch):
    models, other, script = (str(tmp_path / name) for name in ("models.py", "other.py", "script.py"))
    with open(models, "w", encoding="utf-8") as handle:
        handle.write("import torch.nn as nn\n\nclass Net(nn.Module):\n    def __init__(self):\n"
                     "        super().__init__()\n        self.rnn = nn.Linear(2, 2)\n\n"
                     "    def forward(self, x):\n        return self.rnn(x)\n")
    text = generate(200, 1) + (
        "\nfrom models import Net\nnet = Net()\nnet.eval()\n"
        "for x in []:\n    net(x).sum().backward()\nlr = 0.1\n"
    )
    counter = _Counter(monkeypatch)
    engine = Engine([str(tmp_path)], use_jedi=False)
    engine.set_overlay(script, text)
    first = engine.check_source(script, text)
    statements = counter.analysed
    for path, content in ((other, "x = 1\n"), (models, open(models, encoding="utf-8").read().replace("Linear", "LSTM"))):
        engine.set_overlay(path, content)  # typed in another open file
        text = text.replace("lr = 0.1", "lr = 0.2") if "0.1" in text else text.replace("lr = 0.2", "lr = 0.1")
        engine.set_overlay(script, text)
        counter.analysed = 0
        report = engine.check_source(script, text)
        if path == other:
            assert counter.analysed < statements // 4  # not imported: the body was replayed
        fresh = Engine([str(tmp_path)], use_jedi=False)
        fresh.set_overlay(path, content)
        assert everything(report) == everything(fresh.check_source(script, text))
    assert len(report.findings) == len(first.findings) + 1  # Net now holds an LSTM


# Top-level lines a paste may bring in: they switch, save, load, rebind or read what later sections use.
BLOCK_LINES = [
    "model.eval()", "model.train()", "loss.backward()", "model = torch.load('m.pt')", "torch.save(model, 'm.pt')",
    "torch.backends.cudnn.enabled = True", "history = []", "out = model(x)", "x = torch.randn(2, 3, 4)",
    "loss = model(x)[0].sum()", "for p in model.parameters():\n    p.requires_grad_(False)",
    "with torch.no_grad():\n    model.eval()", "del model", "epoch = 0",
]


def test_a_pasted_settings_dict_reaches_the_statements_that_read_it(tmp_path):
    # The constant fields of a dict a pasted statement makes are read only through the variable holding it, which
    # the state's delta names: the statements that read it are analysed again, the others replay.
    text = (
        "import torch\nimport torch.nn as nn\n\n\nclass Net(nn.Module):\n    def __init__(self):\n"
        "        super().__init__()\n        self.gru = nn.GRU(3, 4, batch_first=True)\n\n"
        "    def forward(self, x):\n        return self.gru(x)[0].sum()\n\n\n"
        "model = Net()\nsettings = {\"mode\": \"train\"}\nprint(\"setup\")\n"
        "model.train(settings[\"mode\"] == \"train\")\nmodel(torch.randn(2, 3, 3)).backward()\n")
    reassigned = text.replace('print("setup")', 'settings = {"mode": "eval"}\nprint("setup")')
    unread = text.replace('print("setup")', 'extra = {"mode": "eval"}\nprint("setup")')
    assert _codes_after_edits(tmp_path, text, reassigned, unread, reassigned) == [[], ["TM001"], [], ["TM001"]]


_ENGINE_WITH_HANDLERS = os.path.join(os.path.dirname(__file__), "corpus", "dispatch", "event_decorator_evaluates.py")


def test_a_trainer_holding_our_functions_keeps_them_as_this_text_defines_them(tmp_path):
    # `trainer = Engine(train_step)` replays and keeps train_step in the trainer's state as the last text
    # parsed it; trainer.run(...), analysed again after an edit inside Engine.run, must still read the
    # `model` train_step names as this file's global (the finding was lost: a global of "another file").
    text = open(_ENGINE_WITH_HANDLERS).read()
    blank_in_run = text.replace('            self.state["epoch"] = epoch\n', '            self.state["epoch"] = epoch\n\n')
    both = blank_in_run.replace("\nmodel.train()\n", "\n# and train again\nmodel.train()\n")
    assert _codes_after_edits(tmp_path, text, both) == [["TM001"], ["TM001"]]


def test_a_statement_calling_through_a_trainer_reads_what_its_handlers_read(tmp_path):
    # trainer.run(...) names neither train_step nor the handler that calls model.eval(), yet runs both: a
    # `model.eval()` typed above it must not let it replay its kept finding (which lacked the new eval site).
    text = open(_ENGINE_WITH_HANDLERS).read()
    evaluated = text.replace("\nmodel.train()\n", "\nmodel.train()\nmodel.eval()\n")
    assert _codes_after_edits(tmp_path, text, evaluated) == [["TM001"], ["TM001"]]


def test_lines_between_two_edits_keep_their_tree_lines(tmp_path):
    # Blank lines typed at the top and a statement added lower in the same chunk, checked at once: the table
    # of methodcallers between them kept its text, so run_phase's kept result (which names that table's line as
    # where eval mode was set) still holds; the line has to keep its tree number for the finding to point at it.
    text = open(os.path.join(os.path.dirname(__file__), "corpus", "dispatch",
                             "methodcaller_phase_table_recalibrate.py")).read()
    edited = text.replace("\nfrom operator", "\n" * 20 + "\nfrom operator", 1).replace(
        "\n\n\ndef run_phase", "\nSEED = 0\n\n\ndef run_phase", 1)
    assert edited.count("SEED") == 1
    assert _codes_after_edits(tmp_path, text, edited) == [["TM001"], ["TM001"]]


def _corpus_text(*parts: str) -> str:
    return open(os.path.join(os.path.dirname(__file__), "corpus", *parts), encoding="utf-8").read()


def test_a_replayed_constructor_keeps_the_members_of_its_list_field(tmp_path):
    # `rota = Rota([Resurface(8)], also=student)` replays after an edit inside distill(): the objects its
    # `self.members` list holds (the student among them) must still reach the call analysing distill() again,
    # which takes an element of the field as the student (the finding was lost).
    text = _corpus_text("held_objects", "teacher_pool_holds_student.py")
    edited = text.replace("        teacher = rota.pick()\n", "        teacher = rota.pick()\n        steps = 0\n", 1)
    assert edited != text
    assert _codes_after_edits(tmp_path, text, edited) == [["TM001"], ["TM001"]]


def test_an_edited_class_constant_reaches_the_functions_that_read_it(tmp_path):
    # `PROBE = SCORE | LOG` of an IntFlag becomes `PROBE = SCORE`: main()'s loop no longer back-propagates in
    # the probe stage. A class body's own assignments are part of the file's environment, numbers and all.
    text = _corpus_text("phase_loops", "intflag_phases.py")
    edited = text.replace("    PROBE = SCORE | LOG\n", "    PROBE = SCORE\n")
    assert _codes_after_edits(tmp_path, text, edited) == [["TM001"], []]


def test_an_edited_forward_reaches_the_statement_that_read_it_in_place(tmp_path):
    # The saliency statement reads the forward's body in place (which of its returns came before the LSTM):
    # when the forward no longer runs the LSTM, that statement and the kept model type follow the new body.
    text = _corpus_text("gradient_paths", "embedding_saliency_returned_beside_logits.py")
    edited = text.replace("        logits = self.out(self.lstm(emb)[0][:, -1])\n",
                          "        logits = self.out(emb.mean(1)[:, :6])\n")
    assert _codes_after_edits(tmp_path, text, edited) == [["TM001"], []]


def test_a_statement_typed_above_the_first_keeps_the_kept_statements_places(tmp_path):
    # The forward's statement replays and the backward's is analysed again: the cuDNN-off fix wraps the lines
    # from one to the other, which it can only tell while the module body keeps its name in both their paths.
    text = _corpus_text("gradient_paths", "embedding_saliency_returned_beside_logits.py")
    edited = "SEED = 0\n" + text.replace("logits[:, 1].sum()", "logits[:, 0].sum()")
    assert _codes_after_edits(tmp_path, text, edited) == [["TM001"], ["TM001"]]


def test_a_pasted_block_of_experiments_analyses_little_more_than_itself(tmp_path, monkeypatch):
    # bench_lsp.py's paste into the generated module-level script: the pasted statements are analysed, and the
    # few below that name what they changed; the rest replays. (A pasted settings dict once ended the replaying,
    # and every paste analysed the whole body below it: 951 of 1,249 statements, ten times slower, unseen for
    # rounds; 25 today.)
    sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "benchmarks"))
    from bench_lsp import edit_script

    text = generate()
    path = str(tmp_path / "script.py")
    counter = _Counter(monkeypatch)
    engine = Engine(use_jedi=False)
    engine.set_overlay(path, text)
    engine.check_source(path, text)
    statements = counter.analysed
    (_, paste), _ = edit_script(text, "paste", 1)
    lines = text.splitlines(keepends=True)
    at = paste["range"]["start"]["line"]
    pasted = "".join(lines[:at]) + paste["text"] + "".join(lines[at:])
    counter.analysed = 0
    engine.set_overlay(path, pasted)
    engine.check_source(path, pasted)
    assert counter.analysed < statements // 10, (counter.analysed, statements)


def block_edit(rng: random.Random, text: str) -> str:
    """What moves many lines at once in a module-level script: a block of top-level statements
    copied elsewhere (a ~50-line paste), a block deleted, or a top-level line that reads or switches
    what later sections use pasted between two statements."""
    lines = text.splitlines(keepends=True)
    starts = [n for n, line in enumerate(lines) if line[:1].isalpha() and not line.startswith(("else", "elif", "except", "finally"))]
    if len(starts) < 4:
        return text
    choice = rng.random()
    layers = [n for n, line in enumerate(lines) if re.search(r"nn\.(LSTM|GRU|RNN)\(", line)]
    if choice < 0.15 and layers:  # a model class loses its RNN: what the sections below built changes type
        at = rng.choice(layers)
        lines[at] = re.sub(r"nn\.(LSTM|GRU|RNN)\(", "nn.Linear(", lines[at])
        return "".join(lines)
    first = rng.randrange(len(starts) - 1)
    last = min(len(starts) - 1, first + rng.randint(1, 8))
    block = lines[starts[first]:starts[last]]
    if choice < 0.5:
        at = starts[rng.randrange(len(starts))]
        lines[at:at] = block
    elif choice < 0.75:
        del lines[starts[first]:starts[last]]
    else:
        at = starts[rng.randrange(len(starts))]
        lines[at:at] = [rng.choice(BLOCK_LINES) + "\n"]
    return "".join(lines)


@pytest.mark.parametrize("seed", range(12))
def test_pastes_and_deletions_of_top_level_blocks_equal_fresh_results(tmp_path, monkeypatch, seed):
    # After a paste or a deletion the states below it differ in a few names and modules only (the
    # pasted section's model, `loss`); the statements that read none of them are replayed with the
    # difference carried over (regions._Delta), and the results must still equal a fresh engine's.
    rng = random.Random(1000 + seed)
    path = str(tmp_path / "script.py")
    text = generate(900, seed) if seed % 3 else PROGRAMS[seed % len(PROGRAMS)]
    mostly_replayed = _edits_equal_fresh(path, text, _Counter(monkeypatch), 14,
                                         lambda text: block_edit(rng, text) if rng.random() < 0.7 else in_line_edit(rng, text))
    if seed % 3:
        assert mostly_replayed, "some block edits left most of a generated script replayed"


def test_a_class_giving_its_instances_other_fields_reaches_statements_reading_them_through_an_instance(tmp_path):
    # `for phase in plan.phases` names no `Plan`: deleting the dataclass field (or changing what a
    # `self.x = ...` gives) must not replay that loop as it was (redefinitions._instances_changed).
    text = _corpus_text("dispatch", "mode_table_in_config.py")
    edited = text.replace('    phases: tuple = ("fit", "dev")\n', '    phases: tuple = ("fit",)\n')
    assert _codes_after_edits(tmp_path, text, edited) == [["TM001"], []]


def test_a_delta_reaching_every_name_replays_no_statement_past_it(tmp_path):
    # The manager's restore blanked by a syntax error, then `model.train()` inserted before the fine-tuning: the
    # live state differs from the kept one in a module a field reaches (every name may read it), so the statements
    # below are analysed again, not carried over (regiondelta.Delta.read_by).
    text = _corpus_text("mode_travels", "manager_restores_recorded_eval.py")
    broken = text.replace("        self.model.train(self.was)\n", "        self.model.train(self.was))\n")
    fixed = broken.replace("loss = nn.functional.mse_loss(model(x), y)\n",
                           "model.train()\nloss = nn.functional.mse_loss(model(x), y)\n")
    assert _codes_after_edits(tmp_path, text, broken, fixed) == [["TM001"], ["TM001"], []]


@pytest.mark.parametrize("program, edit", [
    # the generator a context manager delegates to with `yield from` (flow.stmt_Expr notes it as read in place)
    (("dispatch", "ctxmgr_yield_from_eval_generator.py"), ("def _scoring_mode(model):\n    model.eval()\n",
                                                           "def _scoring_mode(model):\n    pass\n")),
    # `build()` returning a Reader whose forward no longer runs the LSTM (engine._returns_a_changed_class)
    (("gradient_paths", "frozen_by_config_entry_tuned.py"),
     ("        return self.head(self.lstm(self.emb(tokens))[0][:, -1])\n",
      "        return self.head(self.emb(tokens).mean(1)[:, :8])\n")),
    # a class whose field holds the edited encoder class (context._adoptable_classes keeps it no longer)
    (("module_collections", "mixin_train_keeps_encoder_named_by_class_new_embedding.py"),
     ("        _, h = self.gru(vectors)\n", "        h = vectors.mean(1, keepdim=True).transpose(0, 1)\n")),
    # a generator object handed to another function, whose loop runs its yields (flow._phased_loop)
    (("phase_loops", "stream_handed_to_consumer_trains_one_batch_late.py"),
     ('            yield "train", batch\n', '            yield "train", batch\n            yield "train", batch\n')),
    # the decorator that fills the dispatch table stops registering (expressions._registry_functions)
    (("phase_loops", "settings_phases_passed_inline_relevance_after_score.py"),
     ("        PHASES[name] = fn\n", "        print(name)\n")),
])
def test_an_edit_reaches_what_read_it_in_place(tmp_path, program, edit):
    # Each edit changes a function or class that other results read without calling it (interpreted in place, a
    # type they return, a table a decorator fills): the incremental result must follow it, as a fresh one does.
    text = _corpus_text(*program)
    edited = text.replace(*edit)
    assert edited != text
    assert _codes_after_edits(tmp_path, text, edited)[0] == ["TM001"]  # (and each result a fresh engine's)
