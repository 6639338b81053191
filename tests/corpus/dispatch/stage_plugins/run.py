# expect: crash
"""Stages register themselves by name (`class Score(Stage, name="score")`, through Stage.__init_subclass__);
run.py imports the stage modules its recipe lists with importlib, then builds and runs the recipe's stages in
order on one shared context. The scoring stage leaves the tagger in eval mode for the tuning stage."""
import importlib

from models import Tagger

RECIPE = {"modules": ["stages.fit", "stages.tune"], "order": ["fit", "score", "tune"]}

for module_name in RECIPE["modules"]:
    importlib.import_module(module_name)

from stages.core import Stage  # noqa: E402

context = {"tagger": Tagger()}
for stage_name in RECIPE["order"]:
    Stage.build(stage_name).run(context)
print(sorted(context))
