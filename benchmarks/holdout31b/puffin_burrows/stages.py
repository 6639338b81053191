from dataclasses import dataclass, field

import torch
import torch.nn.functional as F

from net import season


@dataclass
class State:
    model: torch.nn.Module
    opt: torch.optim.Optimizer = None
    log: dict = field(default_factory=dict)


def resume_training(state):
    state.model.train()


def fit_batches(state, n=3):
    for _ in range(n):
        x, y = season()
        loss = F.binary_cross_entropy_with_logits(state.model(x), y)
        state.opt.zero_grad()
        loss.backward()
        state.opt.step()
    state.log["train"] = loss.item()


def validate(state):
    state.model.eval()
    x, y = season(b=8)
    with torch.no_grad():
        state.log["val"] = F.binary_cross_entropy_with_logits(state.model(x), y).item()


def refine_on_hard(state):
    x, y = season(b=4)
    loss = F.binary_cross_entropy_with_logits(state.model(x), y)
    state.opt.zero_grad()
    loss.backward()
    state.opt.step()
    state.log["refine"] = loss.item()


STAGES = [
    ("fit", fit_batches),
    ("validate", validate),
    ("resume", resume_training),
    ("refine", refine_on_hard),
]
