"""Policy, baseline and environment for the bothy-stove REINFORCE notebook.

Environment: a stone mountain bothy in winter.  Every 10 minutes the controller picks a stove setting
(off / low / high); reward = -(|temp - 19|) - fuel cost.  Observation: (inside temp, outside
temp, wind) history.
"""
import torch
import torch.nn as nn
from torch.distributions import Categorical


class StovePolicy(nn.Module):
    def __init__(self, hidden=12, actions=3):
        super().__init__()
        self.gru = nn.GRU(3, hidden, batch_first=True)
        self.logits = nn.Linear(hidden, actions)

    def forward(self, obs_hist):
        h, _ = self.gru(obs_hist)
        return self.logits(h[:, -1])


class Baseline(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(3, hidden, batch_first=True)
        self.v = nn.Linear(hidden, 1)

    def forward(self, obs_hist):
        h, _ = self.gru(obs_hist)
        return self.v(h[:, -1]).squeeze(-1)


class Bothy:
    HEAT = torch.tensor([0.0, 0.8, 1.6])
    FUEL = torch.tensor([0.0, 0.1, 0.25])

    def __init__(self, n, window=6):
        self.n, self.window = n, window

    def reset(self):
        self.t_in = 12 + 4 * torch.rand(self.n)
        self.t_out = -10 + 5 * torch.rand(self.n)
        self.wind = torch.rand(self.n)
        frame = self._frame()
        self.hist = frame[:, None].repeat(1, self.window, 1)
        return self.hist.clone()

    def _frame(self):
        return torch.stack([self.t_in / 20, self.t_out / 20, self.wind], -1)

    def step(self, action):
        loss_rate = 0.05 * (1 + self.wind)
        self.t_in = self.t_in + self.HEAT[action] - loss_rate * (self.t_in - self.t_out) * 0.1
        self.wind = (self.wind + 0.1 * torch.randn(self.n)).clamp(0, 1)
        reward = -(self.t_in - 19).abs() * 0.1 - self.FUEL[action]
        self.hist = torch.cat([self.hist[:, 1:], self._frame()[:, None]], 1)
        return self.hist.clone(), reward


@torch.no_grad()
def collect(policy, env, horizon=12):
    """Roll out with the policy in eval mode; store observations and actions only."""
    policy.eval()
    obs = env.reset()
    traj = {"obs": [], "act": [], "rew": []}
    for _ in range(horizon):
        a = Categorical(logits=policy(obs)).sample()
        nxt, r = env.step(a)
        traj["obs"].append(obs)
        traj["act"].append(a)
        traj["rew"].append(r)
        obs = nxt
    return {k: torch.stack(v) for k, v in traj.items()}   # (T, n, ...)


def returns_to_go(rew, gamma=0.95):
    out = torch.zeros_like(rew)
    running = torch.zeros_like(rew[0])
    for t in reversed(range(len(rew))):
        running = rew[t] + gamma * running
        out[t] = running
    return out
