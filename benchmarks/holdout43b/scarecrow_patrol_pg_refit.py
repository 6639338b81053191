# expect: clean
"""Scarecrow patrol scheduling with REINFORCE and a learned baseline.

The baseline is queried in eval mode without gradients while acting; after
each rollout it is refitted on the stored histories in train mode."""
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
    hist, logps, rewards, values, prefixes = [], [], [], [], []
    baseline.eval()
    for _ in range(HORIZON):
        hist.append(field.observe())
        h = torch.stack(hist, 1)
        prefixes.append(h)
        dist = torch.distributions.Categorical(logits=policy(h))
        a = dist.sample()
        logps.append(dist.log_prob(a))
        with torch.no_grad():
            values.append(baseline(h))
        rewards.append(field.step(a))
    return torch.stack(logps, 1), torch.stack(rewards, 1), torch.stack(values, 1), prefixes


def returns_to_go(rewards, gamma=0.95):
    out = torch.zeros_like(rewards)
    run = torch.zeros(rewards.size(0))
    for t in reversed(range(rewards.size(1))):
        run = rewards[:, t] + gamma * run
        out[:, t] = run
    return out


def refit_baseline(baseline, opt, prefixes, ret):
    baseline.train()
    preds = torch.stack([baseline(h) for h in prefixes], 1)
    loss = F.mse_loss(preds, ret)
    opt.zero_grad()
    loss.backward()
    opt.step()
    return loss.item()


def main():
    policy, baseline = Policy(), Baseline()
    p_opt = torch.optim.Adam(policy.parameters(), lr=3e-3)
    b_opt = torch.optim.Adam(baseline.parameters(), lr=3e-3)
    for it in range(3):
        logps, rewards, values, prefixes = rollout(policy, baseline)
        ret = returns_to_go(rewards)
        p_loss = -(logps * (ret - values)).mean()
        p_opt.zero_grad()
        p_loss.backward()
        p_opt.step()
        b_mse = refit_baseline(baseline, b_opt, prefixes, ret)
        print(f"iter {it} return {ret[:, 0].mean().item():.2f} baseline mse {b_mse:.3f}")


if __name__ == "__main__":
    main()
