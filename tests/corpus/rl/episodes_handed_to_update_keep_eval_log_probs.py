# expect: crash
"""REINFORCE with a baseline: rollouts act with the policy in eval mode and return episode records (their
observations, log-probabilities and rewards); the update functions are handed the list of records. The policy
update backpropagates through the stored log-probabilities, whose forwards ran in eval mode; the baseline update
only reads the observations (plain tensors from the environment)."""
from dataclasses import dataclass, field

import torch
import torch.nn as nn
from torch.distributions import Categorical


class Policy(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.score = nn.Linear(8, 1)

    def forward(self, obs):
        h, _ = self.gru(obs.unsqueeze(0))
        return self.score(h.squeeze(0)).squeeze(-1)


class Baseline(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 6, batch_first=True)
        self.value = nn.Linear(6, 1)

    def forward(self, obs):
        _, h = self.gru(obs.unsqueeze(0))
        return self.value(h[-1]).squeeze()


@dataclass
class Episode:
    observations: list = field(default_factory=list)
    log_probs: list = field(default_factory=list)
    rewards: list = field(default_factory=list)


def rollout(policy, steps=3):
    policy.eval()
    episode = Episode()
    for _ in range(steps):
        obs = torch.randn(5, 3)
        dist = Categorical(logits=policy(obs))
        action = dist.sample()
        episode.observations.append(obs)
        episode.log_probs.append(dist.log_prob(action))
        episode.rewards.append(float(action) - 2.0)
    return episode


def update_baseline(baseline, opt, episodes):
    baseline.train()
    obs = [o for ep in episodes for o in ep.observations]
    returns = torch.tensor([sum(ep.rewards) for ep in episodes for _ in ep.observations])
    loss = (torch.stack([baseline(o) for o in obs]) - returns).pow(2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()


def update_policy(policy, opt, episodes):
    policy.train()
    terms = [-(torch.stack(ep.log_probs) * sum(ep.rewards)).sum() for ep in episodes]
    loss = torch.stack(terms).mean()
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()


policy, baseline = Policy(), Baseline()
policy_opt = torch.optim.Adam(policy.parameters(), lr=1e-2)
baseline_opt = torch.optim.Adam(baseline.parameters(), lr=1e-2)
episodes = [rollout(policy) for _ in range(2)]
update_baseline(baseline, baseline_opt, episodes)
update_policy(policy, policy_opt, episodes)
