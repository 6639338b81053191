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


def test_a_package_that_reexports_a_switcher_lets_its_importers_through():
    sources = {
        "p/nets/__init__.py": "from .recurrent import *\nfrom .scoring import *\n",
        "p/nets/scoring.py": "def dev_accuracy(model, batches):\n    model.eval()\n",
        "p/nets/named.py": "from .scoring import dev_accuracy\n",
        "p/star.py": "from nets import *\nfor e in range(2):\n    loss.backward()\n    dev_accuracy(model, dev)\n",
        "p/explicit.py": "from named import dev_accuracy\nloss.backward()\ndev_accuracy(model, dev)\n",
        "p/other.py": "from elsewhere import *\nloss.backward()\ndev_accuracy(model, dev)\n",
    }
    needed = needing_analysis(sources)
    assert {"p/star.py", "p/explicit.py"} <= needed
    assert "p/other.py" not in needed  # its star module defines no switcher


def test_a_package_that_reexports_a_class_whose_method_switches_lets_its_importers_through():
    # The class counts as a switcher only once its methods were looked at (the callers' round); the
    # package's re-export must carry it all the same (Dreamer's FreezeParameters in utils/).
    sources = {
        "p/utils/__init__.py": "from .freeze import Freeze\n",
        "p/utils/freeze.py": ("class Freeze:\n    def __init__(self, modules):\n        self.modules = modules\n"
                              "    def __enter__(self):\n        for m in self.modules:\n            m.eval()\n"),
        "p/agent.py": "from utils import Freeze\nwith Freeze([world]):\n    world(x).sum().backward()\n",
    }
    assert "p/agent.py" in needing_analysis(sources)


def test_a_package_that_reexports_a_subclass_of_a_switching_base_lets_its_importers_through():
    # DeepCTR's layout: `models/__init__.py` re-exports DIEN, whose base class's predict() switches to
    # eval and fit() runs the backward; the script only builds DIEN and calls fit().
    sources = {
        "p/lib/models/__init__.py": "from .dien import DIEN\n",
        "p/lib/models/base.py": ("class BaseModel(Module):\n    def fit(self, x):\n        self(x).sum().backward()\n"
                                 "        self.predict(x)\n    def predict(self, x):\n        self.eval()\n"),
        "p/lib/models/dien.py": "from .base import BaseModel\n\nclass DIEN(BaseModel):\n    pass\n",
        "p/run.py": "from lib.models import DIEN\nDIEN().fit(x)\n",
    }
    assert "p/run.py" in needing_analysis(sources)


def test_a_helper_reexported_under_another_name_lets_its_importers_through():
    # `from .export import freeze_for_export as prepare` in the package: the script names only `prepare`.
    sources = {
        "p/kit/__init__.py": "from .export import freeze_for_export as prepare\nfrom .loop import fit\n",
        "p/kit/export.py": "def freeze_for_export(model):\n    return model.eval()\n",
        "p/kit/loop.py": "def fit(model, data):\n    model(data).sum().backward()\n",
        "p/main.py": "from kit import *\nmodel = prepare(model)\nfit(model, data)\n",
    }
    assert "p/main.py" in needing_analysis(sources)


def test_a_switching_class_imported_under_another_name_and_subclassed_is_followed():
    # fairseq's `from fairseq.sequence_generator import SequenceGenerator as SequenceGeneratorBase`, subclassed: the
    # alias joins the tables the subclasses' round spreads (a KeyError there once stopped the whole check).
    sources = {
        "p/gen.py": "class Generator:\n    def generate(self, model, x):\n        model.eval()\n        return model(x)\n",
        "p/tuned.py": ("from gen import Generator as GeneratorBase\n\n\nclass TunedGenerator(GeneratorBase):\n"
                       "    def tune(self, model, x):\n        self.generate(model, x).sum().backward()\n"),
        "p/script.py": "from tuned import TunedGenerator\nTunedGenerator().tune(model, x)\n",
    }
    assert "p/script.py" in needing_analysis(sources)


def test_a_module_level_instance_of_a_class_reading_a_switching_table_lets_its_importers_through():
    # `build = _Builder()` whose `load()` builds a registered class through `cls.from_pretrained(...)`, which returns
    # the model in eval mode: the script calls `build.load(...)` and trains (holdout63 bladesmith).
    sources = {
        "p/forge/__init__.py": "from .registry import build\nfrom . import models\n",
        "p/forge/registry.py": ("_REGISTRY = {}\n\n\ndef register(name):\n    def deco(cls):\n        _REGISTRY[name] = cls\n"
                                "        return cls\n    return deco\n\n\nclass _Builder:\n    def load(self, name, path):\n"
                                "        return _REGISTRY[name].from_pretrained(path)\n\n\nbuild = _Builder()\n"),
        "p/forge/models.py": ("from .registry import register\n\n\n@register('gru')\nclass Net(Module):\n"
                              "    @classmethod\n    def from_pretrained(cls, path):\n        return cls().eval()\n"),
        "p/train.py": "from forge import build\nmodel = build.load('gru', path)\nmodel(x).sum().backward()\n",
    }
    assert "p/train.py" in needing_analysis(sources)


def test_a_file_named_alone_passes_when_a_module_it_imports_switches_modes(tmp_path):
    """What pre-commit runs (`torchmode check train.py`) must find what `torchmode check .` finds:
    the pre-filter reads the workspace files train.py imports to judge it."""
    (tmp_path / "evaluation").mkdir()
    (tmp_path / "evaluation" / "__init__.py").write_text("")
    (tmp_path / "evaluation" / "metrics.py").write_text(textwrap.dedent("""\
        import torch

        def score(model, batches):
            model.eval()
            with torch.no_grad():
                return sum(model(x).sum().item() for x in batches)
        """))
    (tmp_path / "train.py").write_text(textwrap.dedent("""\
        import torch
        import torch.nn as nn
        from evaluation import metrics

        class Net(nn.Module):
            def __init__(self):
                super().__init__()
                self.rnn = nn.GRU(3, 4, batch_first=True)

            def forward(self, x):
                return self.rnn(x)[0]

        net = Net()
        opt = torch.optim.SGD(net.parameters(), lr=0.1)
        for epoch in range(2):
            net(torch.randn(2, 5, 3)).sum().backward()
            opt.step()
            print(metrics.score(net, [torch.randn(1, 5, 3)]))
        """))
    command = [str(Path(sys.executable).parent / "torchmode"), "check", "--quiet", "--jobs", "1"]
    alone = subprocess.run(command + ["train.py"], cwd=tmp_path, capture_output=True, text=True)
    folder = subprocess.run(command + ["."], cwd=tmp_path, capture_output=True, text=True)
    assert folder.stdout.startswith("train.py:16:")
    assert alone.stdout == folder.stdout


def test_tables_and_decorator_registries_carry_what_their_classes_do():
    """`ATTACKS[name](model)` and `REGISTRY[name]()` (filled by `@register`) run the classes' methods:
    the code that builds them passes the filter as naming those classes would."""
    sources = {
        "atk/attack.py": textwrap.dedent("""\
            import torch

            class Sign:
                def __init__(self, model):
                    self.model = model.eval()

                def __call__(self, x):
                    return torch.autograd.grad(self.model(x).sum(), x)[0]

            ATTACKS = {"sign": Sign}

            def build(name, model):
                return ATTACKS[name](model)
            """),
        "run_attack.py": "from atk import attack\nadv = attack.build('sign', victim)(x)\n",
        "lib/callbacks.py": textwrap.dedent("""\
            REGISTRY = {}

            def register(name):
                def deco(cls):
                    REGISTRY[name] = cls
                    return cls
                return deco

            @register("val")
            class ValCheck:
                def on_epoch_end(self, module):
                    module.eval()
            """),
        "lib/trainer.py": textwrap.dedent("""\
            from .callbacks import REGISTRY

            class Trainer:
                def __init__(self, names):
                    self.callbacks = [REGISTRY[n]() for n in names]

                def fit(self, module, x):
                    for epoch in range(2):
                        module(x).sum().backward()
                        for cb in self.callbacks:
                            cb.on_epoch_end(module)
            """),
        "train.py": "from lib.trainer import Trainer\nTrainer(['val']).fit(model, x)\n",
        "other.py": "from lib.trainer import Trainer\nprint(Trainer)\nloss.backward()\n",
    }
    needed = needing_analysis(sources)
    assert {"run_attack.py", "lib/trainer.py", "train.py"} <= needed
    assert "lib/callbacks.py" not in needed  # eval without any backward


def test_a_package_loading_modules_by_name_lends_them_only_to_files_naming_its_table():
    """`from tools import TOOLS` reaches every module tools/__init__.py imports by name into TOOLS; a file
    importing something else from a package that imports its modules only to register them (fairseq.models)
    does not reach them all (on fairseq, allennlp and pytorch/examples that let 258 more files through)."""
    step = "def main(model):\n    model.eval()\n    model(x).sum().backward()\n"
    sources = {
        "tools/__init__.py": "import importlib\nTOOLS = {n: importlib.import_module('tools.' + n) for n in ('adapt',)}\n",
        "tools/adapt.py": step,
        "run.py": "from tools import TOOLS\nfor name in TOOLS:\n    TOOLS[name].main(model)\n",
        "models/__init__.py": "import importlib\nfor name in ('lstm',):\n    importlib.import_module('models.' + name)\n"
                              "def build_model(args):\n    return None\n",
        "models/lstm.py": step,
        "uses_registry.py": "from models import build_model\nmodel = build_model(args)\nmain(model)\n",
    }
    needed = needing_analysis(sources)
    assert "run.py" in needed
    assert "uses_registry.py" not in needed


def test_an_annotated_default_is_not_a_registry_store():
    """`def register(name, cls: Optional[type] = None)` stores into REGISTRY, not into `Optional`: a
    file that only shares the annotation's name with it must not pass as naming the registry."""
    sources = {
        "lib/callbacks.py": textwrap.dedent("""\
            from typing import Optional

            REGISTRY = {}

            def register(name, cls: Optional[type] = None):
                def deco(cls):
                    REGISTRY[name] = cls
                    return cls
                return deco

            @register("val")
            class ValCheck:
                def on_epoch_end(self, module):
                    module.eval()
            """),
        "lib/trainer.py": textwrap.dedent("""\
            from .callbacks import REGISTRY

            def fit(module, x, names):
                for name in names:
                    module(x).sum().backward()
                    REGISTRY[name]().on_epoch_end(module)
            """),
        "lib/loader.py": textwrap.dedent("""\
            from typing import Optional
            from .callbacks import VERSION

            def step(model, x: Optional[int] = None):
                model(x).sum().backward()
            """),
    }
    needed = needing_analysis(sources)
    assert "lib/trainer.py" in needed
    assert "lib/loader.py" not in needed  # names `Optional` and imports callbacks: no switcher


def test_callers_of_a_module_taking_second_order_gradients_pass_without_any_mode_switch():
    # TM003 needs no eval anywhere: the finding sits at the call that hands the RNN model to the helper
    # taking create_graph=True gradients, a few calls deep and through a package's re-export.
    sources = {
        "meta/steps.py": textwrap.dedent("""\
            import torch

            def inner_adapt(model, params, loss):
                return torch.autograd.grad(loss, list(params.values()), create_graph=True)

            def meta_step(model, opt, task):
                fast = inner_adapt(model, dict(model.named_parameters()), model(task).sum())
                sum(g.sum() for g in fast).backward()
            """),
        "meta/__init__.py": "from .steps import meta_step\n",
        "main.py": "from meta import meta_step\nmeta_step(model, opt, task)\n",
        "other.py": "def meta_step(x):\n    return x\nprint(meta_step(1))\n",
    }
    needed = needing_analysis(sources)
    assert {"meta/steps.py", "main.py"} <= needed
    assert "other.py" not in needed  # names `meta_step`, but not next to the module defining it


def test_a_class_decorator_that_replaces_a_method_and_switches_modes_is_analysed():
    # Its wrapper becomes the class's method: the files using the class run the backward (named alone too).
    decorator = textwrap.dedent("""\
        def report_baseline(cls):
            original_fit = cls.fit

            def fit(self, batches):
                self.model.eval()
                return original_fit(self, batches)

            cls.fit = fit
            return cls
        """)
    holder = "class Holder:\n    def __init__(self, model):\n        self.model = model\n        self.model.eval()\n"
    needed = needing_analysis({"kit/decorators.py": decorator, "kit/holder.py": holder})
    assert "kit/decorators.py" in needed
    assert "kit/holder.py" not in needed  # `self.model = model` replaces no method


def test_a_builder_beside_a_small_decorator_registry_passes_what_it_builds():
    """`build(name)` in a registry module of its own (`REGISTRY[name].for_inference()` returning the model in eval
    mode) switches what the registry's classes switch, so the entry script that only calls `build(...)` and a step
    factory from elsewhere passes (holdout33's slalom_gates: `torchmode check .` in its folder said nothing)."""
    sources = {
        "slalom/models/registry.py": textwrap.dedent("""\
            REGISTRY = {}

            def register(name):
                def deco(cls):
                    REGISTRY[name] = cls
                    return cls
                return deco

            def build(name, **kwargs):
                cls = REGISTRY[name]
                return cls.for_inference(**kwargs)
            """),
        "slalom/models/gates.py": textwrap.dedent("""\
            import torch.nn as nn
            from .registry import register

            @register("gates")
            class GateScorer(nn.Module):
                @classmethod
                def for_inference(cls, **kwargs):
                    return cls(**kwargs).eval()
            """),
        "slalom/steps/factory.py": textwrap.dedent("""\
            class TrainStep:
                def __init__(self, model):
                    self.model = model

                def __call__(self, x):
                    self.model(x).sum().backward()

            def make_train_step(model):
                return TrainStep(model)
            """),
        "finetune.py": textwrap.dedent("""\
            from slalom.models.registry import build
            from slalom.steps.factory import make_train_step

            step = make_train_step(build("gates"))
            step(x)
            """),
    }
    assert "finetune.py" in needing_analysis(sources)


def test_a_script_calling_only_a_factory_of_a_trainer_subclass_passes():
    """The entry script calls `build_engine(cfg)` and `engine.run()`; the factory picks the engine's class from a dict
    of classes (`ENGINES = {"base": Engine, "mesh": MeshEngine}`) and the subclass overrides a hook of a base whose
    methods switch modes and run the backward (holdout54's netmaker_engine: nothing but the base was analysed)."""
    sources = {
        "net/engine/loop.py": textwrap.dedent("""\
            class Engine:
                def __init__(self, model):
                    self.model = model

                def validate(self):
                    self.model.eval()

                def train_step(self, x):
                    self.model(x).sum().backward()
            """),
        "net/engine/mesh.py": textwrap.dedent("""\
            from .loop import Engine

            class MeshEngine(Engine):
                def on_end(self):
                    pass
            """),
        "net/engine/__init__.py": textwrap.dedent("""\
            from .loop import Engine
            from .mesh import MeshEngine

            ENGINES = {"base": Engine, "mesh": MeshEngine}
            """),
        "net/factory.py": textwrap.dedent("""\
            from .engine import ENGINES

            def build_engine(cfg, model):
                engine_cls = ENGINES[cfg["engine"]]
                return engine_cls(model)
            """),
        "run.py": textwrap.dedent("""\
            from net.factory import build_engine

            engine = build_engine({"engine": "mesh"}, model)
            engine.run()
            """),
    }
    needed = needing_analysis(sources)
    assert {"net/factory.py", "run.py"} <= needed, needed
