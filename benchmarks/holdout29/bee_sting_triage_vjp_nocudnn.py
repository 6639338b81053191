# expect: clean
"""Bee-sting allergy triage: torch.func.vjp inside cudnn.flags(enabled=False)."""
import torch
import torch.nn as nn
from torch.func import vjp

torch.manual_seed(12)
gru = nn.GRU(5, 8, batch_first=True)
score = nn.Linear(8, 1)


def risk(symptoms):
    o, _ = gru(symptoms)
    return score(o[:, -1])


s = torch.randn(3, 7, 5)
with torch.backends.cudnn.flags(enabled=False):
    out, pullback = vjp(risk, s)
    (g,) = pullback(torch.ones_like(out))
print(g.shape)
