# expect: crash
"""REINFORCE: a rollout function acts with the policy in eval mode (no dropout while acting) and returns an
episode record whose list field holds the log-probabilities; the update turns the policy back to train mode and
backpropagates through those log-probabilities, whose forwards ran in eval mode."""
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


@dataclass
class Episode:
    log_probs: list = field(default_factory=list)
    rewards: list = field(default_factory=list)


def rollout(policy, steps=3):
    policy.eval()
    episode = Episode()
    for _ in range(steps):
        dist = Categorical(logits=policy(torch.randn(5, 3)))
        action = dist.sample()
        episode.log_probs.append(dist.log_prob(action))
        episode.rewards.append(float(action) - 2.0)
    return episode


policy = Policy()
opt = torch.optim.Adam(policy.parameters(), lr=1e-2)
episode = rollout(policy)
policy.train()
loss = -(torch.stack(episode.log_probs) * sum(episode.rewards)).sum()
opt.zero_grad()
loss.backward()  # TM001-here
opt.step()
