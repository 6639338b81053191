import torch

from ..utils import EvalMode


def predictive_entropy(logits):
    p = logits.softmax(-1)
    return -(p * p.clamp_min(1e-9).log()).sum(-1)


def most_uncertain(model, x_pool, candidates, k=4):
    with EvalMode(model) as m, torch.no_grad():
        ent = predictive_entropy(m(x_pool[candidates]))
    order = ent.argsort(descending=True)[:k]
    return [candidates[i] for i in order.tolist()]
