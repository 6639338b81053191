# expect: clean
"""Data pruning for the dairy milk-round demand model.

Each delivery round (a week of doorstep orders) is scored by the norm of its
own loss gradient early in training (GraNd-style); the lowest-scoring rounds are
dropped before the full run.
"""
import functools
import time

import torch
from torch import nn
import torch.nn.functional as F
from torch.func import functional_call, grad


class RoundDemand(nn.Module):
    def __init__(self, n_in=3, hidden=6):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1]).squeeze(-1)


def in_train_mode(fn):
    """Score with dropout/batch statistics as during training, then restore the mode."""
    @functools.wraps(fn)
    def wrapper(model, *args, **kwargs):
        was = model.training
        model.train()
        try:
            return fn(model, *args, **kwargs)
        finally:
            model.train(was)
    return wrapper


def without_cudnn(fn):
    """torch.func transforms cannot see through cuDNN's fused RNN; use the native kernels."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        with torch.backends.cudnn.flags(enabled=False):
            return fn(*args, **kwargs)
    return wrapper


def timed(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        t0 = time.perf_counter()
        out = fn(*args, **kwargs)
        print(f"{fn.__name__}: {time.perf_counter() - t0:.2f}s")
        return out
    return wrapper


@timed
@without_cudnn
@in_train_mode
def grand_scores(model, rounds):
    params = {k: v.detach() for k, v in model.named_parameters()}

    def loss_of(p, x, y):
        pred = functional_call(model, p, (x.unsqueeze(0),))
        return F.mse_loss(pred, y.unsqueeze(0))

    scores = []
    for x, y in rounds:
        g = grad(loss_of)(params, x, y)
        scores.append(torch.sqrt(sum((v ** 2).sum() for v in g.values())).item())
    return scores


def make_rounds(n=8, days=7):
    return [(torch.randn(days, 3), torch.rand(())) for _ in range(n)]


def train(model, rounds, epochs=2):
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    model.train()
    for _ in range(epochs):
        for x, y in rounds:
            opt.zero_grad()
            F.mse_loss(model(x.unsqueeze(0)), y.unsqueeze(0)).backward()
            opt.step()


def main():
    torch.manual_seed(11)
    rounds = make_rounds()
    model = RoundDemand()
    train(model, rounds[:2], epochs=1)  # warm-up, as in the paper
    model.eval()
    scores = grand_scores(model, rounds)
    keep = sorted(range(len(rounds)), key=scores.__getitem__, reverse=True)[: len(rounds) // 2]
    print("keeping rounds", sorted(keep))
    fresh = RoundDemand()
    train(fresh, [rounds[i] for i in keep])
    print("done")


if __name__ == "__main__":
    main()
