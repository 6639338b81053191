# expect: clean
"""Canoe slalom line choice: a gate-by-gate policy trained with a learned reward model.

The reward model was fitted first and is only queried in eval mode; its score weights the
policy's imitation loss per run.
"""
import logging

import torch
import torch.nn as nn
import torch.nn.functional as F

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger("slalom")

GATES, FEATS, HIDDEN, ACTIONS = 6, 4, 8, 3


class RewardModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(FEATS, HIDDEN, batch_first=True)
        self.score = nn.Linear(HIDDEN, 1)

    def forward(self, runs):
        h, _ = self.gru(runs)
        return torch.sigmoid(self.score(h[:, -1])).squeeze(-1)


class LinePolicy(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(FEATS, HIDDEN), nn.Tanh(), nn.Linear(HIDDEN, ACTIONS))

    def forward(self, runs):
        return self.net(runs)


def fit_reward_model(rm, steps=3):
    opt = torch.optim.Adam(rm.parameters(), lr=1e-2)
    rm.train()
    for _ in range(steps):
        runs = torch.randn(4, GATES, FEATS)
        target = (runs[..., 0].mean(1) > 0).float()
        loss = F.binary_cross_entropy(rm(runs), target)
        opt.zero_grad()
        loss.backward()
        opt.step()
    rm.eval()
    return rm


def run_weights(rm, runs):
    return rm(runs).mean().item()


def main():
    torch.manual_seed(13)
    rm = fit_reward_model(RewardModel())
    policy = LinePolicy()
    opt = torch.optim.Adam(policy.parameters(), lr=5e-3)
    for it in range(3):
        runs = torch.randn(5, GATES, FEATS)
        actions = torch.randint(0, ACTIONS, (5, GATES))
        w = run_weights(rm, runs)
        nll = F.cross_entropy(policy(runs).reshape(-1, ACTIONS), actions.reshape(-1))
        loss = w * nll
        opt.zero_grad()
        loss.backward()
        opt.step()
        log.info("iter %d weight %.3f weighted nll %.4f", it, float(w), loss.item())


if __name__ == "__main__":
    main()
