# expect: crash
"""Scarecrow patrol scheduling with REINFORCE and a learned baseline.

A GRU policy picks which field section a mobile scarecrow visits next; the
reward is the drop in bird counts. A separate GRU baseline network estimates
the return from the same observation history to reduce variance."""
import random

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(13)
random.seed(13)

SECTIONS, OBS, HID, HORIZON = 4, 6, 12, 5


class Policy(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(OBS, HID, batch_first=True)
        self.logits = nn.Linear(HID, SECTIONS)

    def forward(self, hist):
        h, _ = self.gru(hist)
        return self.logits(h[:, -1])


class Baseline(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(OBS, HID, batch_first=True)
        self.v = nn.Linear(HID, 1)
        self.drop = nn.Dropout(0.2)

    def forward(self, hist):
        h, _ = self.gru(hist)
        return self.v(self.drop(h[:, -1])).squeeze(-1)


class Field:
    def __init__(self, batch):
        self.birds = torch.rand(batch, SECTIONS) * 10

    def observe(self):
        noise = torch.randn(self.birds.size(0), OBS - SECTIONS) * 0.1
        return torch.cat([self.birds / 10, noise], -1)

    def step(self, action):
        before = self.birds.sum(1)
        idx = torch.arange(self.birds.size(0))
        self.birds[idx, action] *= 0.3
        self.birds += torch.rand_like(self.birds)
        return before - self.birds.sum(1)


def rollout(policy, baseline, batch=4):
    field = Field(batch)
    hist, logps, rewards, values = [], [], [], []
    baseline.eval()  # deterministic value estimates while acting
    for _ in range(HORIZON):
        hist.append(field.observe())
        h = torch.stack(hist, 1)
        dist = torch.distributions.Categorical(logits=policy(h))
        a = dist.sample()
        logps.append(dist.log_prob(a))
        values.append(baseline(h))
        rewards.append(field.step(a))
    return torch.stack(logps, 1), torch.stack(rewards, 1), torch.stack(values, 1)


def returns_to_go(rewards, gamma=0.95):
    out = torch.zeros_like(rewards)
    run = torch.zeros(rewards.size(0))
    for t in reversed(range(rewards.size(1))):
        run = rewards[:, t] + gamma * run
        out[:, t] = run
    return out


def main():
    policy, baseline = Policy(), Baseline()
    p_opt = torch.optim.Adam(policy.parameters(), lr=3e-3)
    b_opt = torch.optim.Adam(baseline.parameters(), lr=3e-3)
    for it in range(3):
        logps, rewards, values = rollout(policy, baseline)
        ret = returns_to_go(rewards)
        adv = (ret - values.detach())
        p_loss = -(logps * adv).mean()
        b_loss = F.mse_loss(values, ret)
        p_opt.zero_grad()
        b_opt.zero_grad()
        (p_loss + 0.5 * b_loss).backward()  # TM001-here
        p_opt.step()
        b_opt.step()
        print(f"iter {it} return {ret[:, 0].mean().item():.2f} baseline mse {b_loss.item():.3f}")


if __name__ == "__main__":
    main()
