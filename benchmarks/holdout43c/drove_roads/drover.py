"""Toy environment + policy for the drove-roads notebooks.

A drover walks a herd along an old drove road with 4 possible stance fields (overnight stops) per day.
Each field has grass, water distance, toll and a rustler-risk reading. Reward: herd condition minus tolls.
"""
import torch
import torch.nn as nn

N_FIELDS = 4
FIELD_FEATS = 4


class DroveEnv:
    def __init__(self, days=6, seed=0):
        self.days = days
        self.g = torch.Generator().manual_seed(seed)

    def reset(self):
        self.day = 0
        return self._obs()

    def _obs(self):
        self.fields = torch.randn(N_FIELDS, FIELD_FEATS, generator=self.g)
        return self.fields.flatten()

    def step(self, action):
        f = self.fields[action]
        reward = float(f[0] - 0.5 * f[1] - 0.3 * f[2] - 0.8 * max(f[3].item(), 0.0))
        self.day += 1
        done = self.day >= self.days
        return (None if done else self._obs()), reward, done


class DroverPolicy(nn.Module):
    """GRU over the days of the journey so far; outputs logits over the stance fields."""

    def __init__(self, hidden=12):
        super().__init__()
        self.hidden = hidden
        self.enc = nn.Linear(N_FIELDS * FIELD_FEATS, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.logits = nn.Linear(hidden, N_FIELDS)

    def forward(self, obs_seq):
        out, _ = self.gru(torch.relu(self.enc(obs_seq)))
        return self.logits(out)

    def act(self, obs_seq, greedy=False):
        """Pick tonight's field from the observations so far (shape [days, feats])."""
        self.eval()
        logits = self(obs_seq.unsqueeze(0))[0, -1]
        dist = torch.distributions.Categorical(logits=logits)
        action = logits.argmax() if greedy else dist.sample()
        return action.item(), dist.log_prob(action)


class Baseline(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(N_FIELDS * FIELD_FEATS + 1, hidden), nn.Tanh(), nn.Linear(hidden, 1))

    def forward(self, obs, day):
        return self.net(torch.cat([obs, torch.tensor([float(day)])])).squeeze(-1)
