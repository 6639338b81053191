import torch

from ..registry import register_phase
from .data import bulb_batch


@register_phase("report")
def report(state):
    model, cfg = state["model"], state["cfg"]
    model.eval()
    x, y = bulb_batch(10, features=cfg["features"])
    with torch.no_grad():
        probs = torch.softmax(model(x) / state.get("temperature", 1.0), dim=1)
    return {**state, "acc": (probs.argmax(1) == y).float().mean().item()}
