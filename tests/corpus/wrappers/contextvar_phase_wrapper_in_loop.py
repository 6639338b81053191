# expect: crash
"""Marathon pacing: a context variable holds the stage, and a decorator written in the same script sets it
around each call and resets it after. `adjust` reads the stage to set the mode; the fine-tune step was
decorated as an "audit" step, so inside the loop its forward runs the GRU in eval mode."""
import contextvars
import functools

import torch
import torch.nn as nn

STAGE = contextvars.ContextVar("stage", default="fit")


def adjust(model):
    model.train(STAGE.get() == "fit")


def stage(name):
    def wrap(fn):
        @functools.wraps(fn)
        def call(*args, **kwargs):
            token = STAGE.set(name)
            try:
                return fn(*args, **kwargs)
            finally:
                STAGE.reset(token)
        return call
    return wrap


class Pacer(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        return self.fc(self.gru(x)[0][:, -1])


pacer = Pacer()
opt = torch.optim.SGD(pacer.parameters(), lr=0.05)


@stage("audit")
def audit(x):
    adjust(pacer)
    with torch.no_grad():
        return pacer(x).abs().mean().item()


@stage("audit")
def fine_tune(x, y):
    adjust(pacer)
    loss = nn.functional.l1_loss(pacer(x), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    return loss.item()


for lap in range(3):
    x, y = torch.randn(2, 7, 4), torch.randn(2, 1)
    print(lap, audit(x), fine_tune(x, y))
