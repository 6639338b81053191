# expect: clean
"""Pinsetter: predicts which pins a bowling-alley pinsetter must reset from the
ball-track sensor sequence. Steps are closures built by factories and wrapped by decorators."""
import functools
import time

import torch
from torch import nn


def timed(fn):
    @functools.wraps(fn)
    def wrapper(*a, **kw):
        t0 = time.perf_counter()
        out = fn(*a, **kw)
        wrapper.elapsed += time.perf_counter() - t0
        return out

    wrapper.elapsed = 0.0
    return wrapper


def training_mode(model):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **kw):
            was = model.training
            model.train()
            try:
                return fn(*a, **kw)
            finally:
                model.train(was)

        return wrapper

    return deco


class PinNet(nn.Module):
    def __init__(self, n_in=6, hidden=12, n_pins=10):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.out = nn.Linear(hidden, n_pins)

    def forward(self, x):
        _, (h, _) = self.lstm(x)
        return self.out(h[-1])


def make_eval(model):
    @timed
    def evaluate(x, y):
        model.eval()
        with torch.no_grad():
            logits = model(x)
        return ((logits > 0).float() == y).float().mean().item()

    return evaluate


def make_train_step(model, opt):
    @timed
    @training_mode(model)
    def step(x, y):
        opt.zero_grad()
        loss = nn.functional.binary_cross_entropy_with_logits(model(x), y)
        loss.backward()
        opt.step()
        return loss.item()

    return step


def main():
    torch.manual_seed(2)
    model = PinNet()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    step = make_train_step(model, opt)
    evaluate = make_eval(model)
    x = torch.randn(5, 7, 6)
    y = (torch.rand(5, 10) > 0.5).float()
    acc0 = evaluate(x, y)
    for i in range(3):
        loss = step(x, y)
    print(f"acc0 {acc0:.3f} loss {loss:.4f} step time {step.elapsed:.4f}s")


if __name__ == "__main__":
    main()
