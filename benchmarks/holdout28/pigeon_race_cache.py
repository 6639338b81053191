# expect: crash
"""Pigeon racing speed: models are shared through a WeakValueDictionary cache."""
import weakref

import torch
from torch import nn

_CACHE = weakref.WeakValueDictionary()


class Homing(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(3, 8, batch_first=True, nonlinearity="relu")
        self.speed = nn.Linear(8, 1)

    def forward(self, legs):
        return self.speed(self.rnn(legs)[0][:, -1])


def get_model(loft):
    m = _CACHE.get(loft)
    if m is None:
        m = Homing()
        _CACHE[loft] = m
    return m


def predict_release(loft, legs):
    m = get_model(loft).eval()
    with torch.no_grad():
        return m(legs)


def refine(loft, legs, speed):
    m = get_model(loft)                         # same object the predictor put in eval
    opt = torch.optim.SGD(m.parameters(), lr=0.01)
    loss = nn.functional.smooth_l1_loss(m(legs), speed)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    return loss.item()


keep = get_model("north-loft")
legs = torch.randn(4, 5, 3)
print(predict_release("north-loft", legs).shape)
print(refine("north-loft", legs, torch.randn(4, 1)))
