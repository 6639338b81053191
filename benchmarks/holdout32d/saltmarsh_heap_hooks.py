# expect: clean
"""Salt-marsh sediment accretion from tide-gauge and turbidity sequences.

Step hooks live in a heap ordered by priority; one of them records the gradient
norm with create_graph=True (left over from a gradient-penalty experiment that
was switched off), the update itself uses the plain loss.
"""
import heapq
import itertools

import torch
import torch.nn as nn

torch.manual_seed(19)
T, FEATS, HIDDEN, B = 8, 3, 8, 5
_tiebreak = itertools.count()


class Accretion(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(FEATS, HIDDEN, batch_first=True, bidirectional=True)
        self.mm_per_year = nn.Linear(2 * HIDDEN, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.mm_per_year(h.mean(1)).squeeze(-1)


class HookHeap:
    def __init__(self):
        self._heap = []

    def add(self, priority, fn):
        heapq.heappush(self._heap, (priority, next(_tiebreak), fn))

    def fire(self, state):
        for _, _, fn in sorted(self._heap):
            fn(state)


def tides(n=B):
    x = torch.randn(n, T, FEATS)
    return x, 2.0 + x[..., 1].clamp(min=0).mean(1)


def grad_norm_hook(state):
    params = [p for p in state["model"].parameters()]
    grads = torch.autograd.grad(state["loss"], params, create_graph=True, retain_graph=True)
    state["metrics"]["gnorm"] = torch.sqrt(sum((g ** 2).sum() for g in grads))
    if state["penalty"]:
        state["loss"] = state["loss"] + state["penalty"] * state["metrics"]["gnorm"]


def loss_hook(state):
    state["metrics"]["loss"] = state["loss"].detach()


def print_hook(state):
    print({k: round(float(v), 4) for k, v in state["metrics"].items()})


def train(model, hooks, steps=3, penalty=0.0):
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    model.train()
    for _ in range(steps):
        x, y = tides()
        state = {"model": model, "loss": nn.functional.mse_loss(model(x), y), "metrics": {}, "penalty": penalty}
        hooks.fire(state)
        opt.zero_grad()
        state["loss"].backward()
        opt.step()


if __name__ == "__main__":
    hooks = HookHeap()
    hooks.add(30, print_hook)
    hooks.add(10, grad_norm_hook)
    hooks.add(20, loss_hook)
    train(Accretion(), hooks)
