import torch
import torch.nn as nn


class Policy(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(4, 8), nn.Tanh(), nn.Linear(8, 2))

    def act(self, obs):
        return torch.distributions.Categorical(logits=self.net(obs)).sample().item()

    def log_prob(self, obs, acts):
        return torch.distributions.Categorical(logits=self.net(obs)).log_prob(acts)
