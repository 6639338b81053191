import copy

import torch

from ..model import VitalLSTM
from .inner import adapt


def reptile(meta_steps=2, inner_steps=3, eps=0.5):
    torch.manual_seed(0)
    meta = VitalLSTM()
    for it in range(meta_steps):
        fast = copy.deepcopy(meta)
        hist = adapt(fast, task_seed=it, steps=inner_steps)
        with torch.no_grad():
            for p, q in zip(meta.parameters(), fast.parameters()):
                p.add_(eps * (q - p))
        print("meta step", it, "mid-adaptation val", hist)
    return meta
