"""Policy and rollout code for the shoeblack notebook."""
import torch
from torch import nn


class ShinePolicy(nn.Module):
    def __init__(self, d=3, h=10, n_actions=3):
        super().__init__()
        self.lstm = nn.LSTM(d, h, batch_first=True)
        self.logits = nn.Linear(h, n_actions)
        self.value = nn.Linear(h, 1)

    def forward(self, obs):
        h = self.lstm(obs)[0][:, -1]
        return torch.distributions.Categorical(logits=self.logits(h)), self.value(h).squeeze(-1)


@torch.no_grad()
def rollout(policy, n=8, t=5):
    policy.eval()
    obs = torch.randn(n, t, 3)
    dist, _ = policy(obs)
    actions = dist.sample()
    rewards = (actions == 1).float()
    return obs, actions, rewards
