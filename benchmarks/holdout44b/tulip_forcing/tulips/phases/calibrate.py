import torch
import torch.nn.functional as F

from ..registry import register_phase
from .data import bulb_batch


@register_phase("calibrate")
def calibrate(state, steps=20):
    """Temperature scaling on a held-out batch."""
    model, cfg = state["model"], state["cfg"]
    model.eval()
    x, y = bulb_batch(16, features=cfg["features"])
    logits = model(x)
    log_t = torch.zeros(1, requires_grad=True)
    opt = torch.optim.Adam([log_t], lr=0.05)
    for _ in range(steps):
        nll = F.cross_entropy(logits / log_t.exp(), y)
        opt.zero_grad()
        nll.backward(retain_graph=True)  # TM001-here
        opt.step()
    return {**state, "temperature": round(log_t.exp().item(), 4)}
