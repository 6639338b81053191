import torch
import torch.nn.functional as F

from ..registry import register_phase
from .data import bulb_batch


@register_phase("fit")
def fit(state):
    model, cfg = state["model"], state["cfg"]
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(cfg["epochs"]):
        for _ in range(3):
            x, y = bulb_batch(8, features=cfg["features"])
            loss = F.cross_entropy(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
    return {**state, "fit_loss": round(loss.item(), 4)}
