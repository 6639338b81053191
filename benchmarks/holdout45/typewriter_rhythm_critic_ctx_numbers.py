# expect: clean
"""Typewriter restoration: learn a key-strike rhythm that avoids type-bar jams.

A GRU policy proposes inter-strike gaps; a recurrent jam critic (trained
beforehand on the workshop's jam log) scores a rhythm.  The policy is
updated with a score-function estimator using the critic's score as reward.
"""
from contextlib import contextmanager

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(12)
STEPS, BATCH = 10, 6


@contextmanager
def scoring(model):
    prev = model.training
    model.eval()
    try:
        yield model
    finally:
        model.train(prev)


class RhythmPolicy(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.cell = nn.GRU(1, hidden, batch_first=True)
        self.mu = nn.Linear(hidden, 1)
        self.log_std = nn.Parameter(torch.zeros(1))

    def forward(self, noise):
        h, _ = self.cell(noise)
        return self.mu(h).squeeze(-1), self.log_std.exp()


class JamCritic(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(1, hidden, batch_first=True)
        self.score = nn.Linear(hidden, 1)

    def forward(self, gaps):
        h, _ = self.rnn(gaps.unsqueeze(-1))
        return torch.sigmoid(self.score(h[:, -1])).squeeze(-1)


def pretrain_critic(critic, n=3):
    opt = torch.optim.Adam(critic.parameters(), lr=1e-2)
    for _ in range(n):
        gaps = torch.rand(BATCH, STEPS)
        jammed = (gaps.min(1).values < 0.1).float()
        loss = F.binary_cross_entropy(critic(gaps), jammed)
        opt.zero_grad()
        loss.backward()
        opt.step()


def policy_step(policy, critic, opt, baseline):
    mu, std = policy(torch.randn(BATCH, STEPS, 1))
    dist = torch.distributions.Normal(mu, std)
    gaps = dist.sample().abs()
    with scoring(critic):
        reward = torch.tensor([1.0 - s for s in critic(gaps).tolist()])
    advantage = reward - baseline
    loss = -(dist.log_prob(gaps).sum(1) * advantage).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    return float(reward.mean())


def main():
    policy, critic = RhythmPolicy(), JamCritic()
    pretrain_critic(critic)
    opt = torch.optim.Adam(policy.parameters(), lr=5e-3)
    baseline = 0.5
    for it in range(3):
        r = policy_step(policy, critic, opt, baseline)
        baseline = 0.9 * baseline + 0.1 * r
    print("mean no-jam reward", round(r, 4))


if __name__ == "__main__":
    main()
