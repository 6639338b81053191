# expect: clean
"""Chimney sweep's round: a GRU policy picks which flue to brush next; REINFORCE with a learned baseline.

Episodes are rolled out with the policy in eval mode (no dropout while acting); the update
recomputes the log-probabilities of the taken actions in training mode.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.distributions import Categorical

torch.manual_seed(42)
N_FLUES, OBS = 4, 3


class FluePolicy(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(OBS, hidden, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.pi = nn.Linear(hidden, N_FLUES)

    def forward(self, obs_seq):
        h, _ = self.gru(obs_seq)
        return self.pi(self.drop(h[:, -1]))


class Baseline(nn.Module):
    def __init__(self):
        super().__init__()
        self.v = nn.Sequential(nn.Linear(OBS, 8), nn.Tanh(), nn.Linear(8, 1))

    def forward(self, obs):
        return self.v(obs).squeeze(-1)


def soot_level(obs, action):
    return obs[:, -1, 0] * (action == 0).float() + obs[:, -1, 1] * (action == 1).float() - 0.1


def rollout(policy, n_houses=6, horizon=4):
    policy.eval()
    obs = torch.randn(n_houses, horizon, OBS)
    with torch.no_grad():
        action = Categorical(logits=policy(obs)).sample()
    reward = soot_level(obs, action)
    return obs, action, reward


policy, baseline = FluePolicy(), Baseline()
opt = torch.optim.Adam(list(policy.parameters()) + list(baseline.parameters()), lr=1e-2)
for episode in range(3):
    obs, action, reward = rollout(policy)
    policy.train()
    logp = Categorical(logits=policy(obs)).log_prob(action)
    value = baseline(obs[:, -1])
    advantage = (reward - value).detach()
    loss = -(logp * advantage).mean() + F.mse_loss(value, reward)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(episode, round(reward.mean().item(), 3))
