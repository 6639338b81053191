"""Sail-trim policy for a junk-rigged boat: a GRU over wind readings emits batten-tension actions."""
import torch
import torch.nn as nn
from torch.distributions import Categorical

N_ACTIONS = 3  # ease / hold / haul


class TrimPolicy(nn.Module):
    def __init__(self, obs=3, hidden=8):
        super().__init__()
        self.gru = nn.GRU(obs, hidden, batch_first=True)
        self.pi = nn.Linear(hidden, N_ACTIONS)
        self.drop = nn.Dropout(0.1)

    def forward(self, obs_seq):
        h, _ = self.gru(obs_seq)
        return self.pi(self.drop(h))

    def rollout(self, obs_seq):
        """Act greedily-stochastic on a recorded wind trace; returns actions and their log-probs."""
        self.eval()  # no dropout while acting
        dist = Categorical(logits=self(obs_seq))
        actions = dist.sample()
        return actions, dist.log_prob(actions)


class Baseline(nn.Module):
    def __init__(self, obs=3):
        super().__init__()
        self.v = nn.Linear(obs, 1)

    def forward(self, obs_seq):
        return self.v(obs_seq).squeeze(-1)
