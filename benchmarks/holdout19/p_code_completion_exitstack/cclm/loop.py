import contextlib
import enum

import torch
import torch.nn.functional as F

from .modes import evaluating


class Phase(enum.Enum):
    TRAIN = "train"
    VALID = "valid"

    @property
    def grad_enabled(self):
        return self is Phase.TRAIN


def lm_loss(model, batch):
    logits = model(batch[:, :-1])
    return F.cross_entropy(logits.reshape(-1, logits.shape[-1]), batch[:, 1:].reshape(-1))


def run_phase(phase, model, batch, opt=None):
    with contextlib.ExitStack() as stack:
        if phase is Phase.VALID:
            stack.enter_context(evaluating(model))
        stack.enter_context(torch.set_grad_enabled(phase.grad_enabled))
        loss = lm_loss(model, batch)
        if phase is Phase.TRAIN:
            opt.zero_grad()
            loss.backward()
            opt.step()
        return loss.item()
