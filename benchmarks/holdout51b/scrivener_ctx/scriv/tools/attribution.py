import torch

from .modes import EvalMode


def stroke_attribution(model, strokes, letter):
    """Gradient x input per stroke point for the chosen letter logit (dropout off)."""
    strokes = strokes.clone().requires_grad_(True)
    with EvalMode(model) as m:
        logit = m(strokes)[:, letter].sum()
    logit.backward()  # TM001-here
    return (strokes.grad * strokes).detach().sum(-1)
