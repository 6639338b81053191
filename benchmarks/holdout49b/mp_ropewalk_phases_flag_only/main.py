# expect: clean
import torch

from ropewalk import run_phases
from ropewalk.registry import create

torch.manual_seed(4)

CONFIG = {
    "model": "twist_gru",
    "model_args": {"n_in": 4, "hidden": 10},
    "lr": 5e-3,
    "schedule": "fit, score, polish",
}


def batches(n):
    return [(torch.randn(3, 6, 4), torch.randn(3, 6)) for _ in range(n)]


model = create(CONFIG)
state = {
    "model": model,
    "opt": torch.optim.SGD(model.parameters(), lr=CONFIG["lr"]),
    "train": batches(2),
    "val": batches(1),
}
run_phases(state, [s.strip() for s in CONFIG["schedule"].split(",")])
