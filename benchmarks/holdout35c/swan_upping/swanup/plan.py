import json

import torch

from .stages import STEP_REGISTRY


def load_plan(text):
    plan = json.loads(text)
    for stage in plan["stages"]:
        stage.setdefault("epochs", 1)
    return plan


def run_plan(model, plan, logs):
    opt = torch.optim.Adam(model.parameters(), lr=plan["lr"])
    results = []
    for stage in plan["stages"]:
        mode = stage.get("mode")
        if mode is not None:
            getattr(model, mode)()
        step = STEP_REGISTRY[stage["step"]]
        value = step(model, opt, logs, epochs=stage["epochs"])
        results.append((stage["name"], value))
    return results
