from .stages.fit import pretrain
from .stages.assess import evaluate
from .stages.advval import adversarial_validation
from .stages.assess import report

STAGES = [
    ("pretrain", pretrain),
    ("evaluate", evaluate),
    ("adversarial_validation", adversarial_validation),
    ("report", report),
]


def run_stages(stages, ctx):
    for name, fn in stages:
        fn(ctx)
        ctx.report.setdefault("done", []).append(name)
