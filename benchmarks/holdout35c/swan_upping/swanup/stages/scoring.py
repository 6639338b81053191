import torch
import torch.nn.functional as F

from .registry import register_step


@register_step("score")
def score(model, opt, logs, epochs=1):
    with torch.no_grad():
        errs = [F.l1_loss(model(obs), weight).item() for obs, weight in logs]
    return sum(errs) / len(errs)
