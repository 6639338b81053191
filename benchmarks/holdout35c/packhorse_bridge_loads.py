# expect: clean
"""Packhorse-bridge load monitoring: an LSTM over strain-gauge windows.

Online hard-example mining: each round the pool is scored in eval mode and the
hardest windows are trained on. A step whose loss comes back non-finite is
retried once on a fresh, easier batch after the learning rate is halved.
"""
import math

import torch
import torch.nn as nn
import torch.nn.functional as F


class NonFiniteLoss(RuntimeError):
    pass


class StrainLSTM(nn.Module):
    def __init__(self, n_gauges=4, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(n_gauges, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1])


def mine_hard(model, pool_x, pool_y, k):
    model.eval()
    with torch.no_grad():
        err = (model(pool_x) - pool_y).pow(2).squeeze(1)
    idx = err.topk(k).indices
    return pool_x[idx], pool_y[idx]


def warm_start(model, opt, x, y):
    model.train()
    opt.zero_grad()
    loss = F.mse_loss(model(x), y)
    loss.backward()
    opt.step()
    return loss.item()


def hard_step(model, opt, x, y, poison=False):
    opt.zero_grad()
    loss = F.mse_loss(model(x), y)
    if poison:
        loss = loss * float("inf")
    if not math.isfinite(loss.item()):
        raise NonFiniteLoss(f"loss {loss.item()}")
    loss.backward()
    opt.step()
    return loss.item()


def run_round(model, opt, pool_x, pool_y, k=4, poison=False):
    x, y = mine_hard(model, pool_x, pool_y, k)
    model.train()
    try:
        return hard_step(model, opt, x, y, poison=poison)
    except NonFiniteLoss as err:
        print("retrying after", err)
        for group in opt.param_groups:
            group["lr"] *= 0.5
        easy = torch.randperm(pool_x.shape[0])[:k]
        return hard_step(model, opt, pool_x[easy], pool_y[easy])


def main():
    torch.manual_seed(2)
    model = StrainLSTM()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    pool_x, pool_y = torch.randn(16, 9, 4), torch.randn(16, 1)
    print("warm start", round(warm_start(model, opt, pool_x[:4], pool_y[:4]), 4))
    for rnd in range(4):
        loss = run_round(model, opt, pool_x, pool_y, poison=(rnd == 1))
        print(f"round {rnd} hard loss {loss:.4f}")


if __name__ == "__main__":
    main()
