# expect: crash
"""A baseline helper runs the critic in eval mode and leaves its values in each episode record it is given; the value
update, another function, takes its loss from those values: its backward runs through the GRU's eval-mode forward."""
from dataclasses import dataclass, field
from typing import List

import torch
import torch.nn.functional as F
from torch import nn


@dataclass
class Episode:
    obs: List[torch.Tensor] = field(default_factory=list)
    rewards: List[float] = field(default_factory=list)
    values: torch.Tensor = None


class Critic(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, obs):
        return self.out(self.gru(obs)[0]).squeeze(-1)


def attach_baseline(critic, episodes):
    critic.eval()
    for ep in episodes:
        ep.values = critic(torch.stack(ep.obs)[None])[0]


def value_update(opt, episodes):
    losses = [F.mse_loss(ep.values, torch.tensor(ep.rewards)) for ep in episodes]
    loss = torch.stack(losses).mean()
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()


critic = Critic()
opt = torch.optim.Adam(critic.parameters(), lr=1e-3)
critic.train()
for _ in range(2):
    episodes = [Episode([torch.randn(3) for _ in range(5)], [1.0] * 5) for _ in range(3)]
    attach_baseline(critic, episodes)
    value_update(opt, episodes)
