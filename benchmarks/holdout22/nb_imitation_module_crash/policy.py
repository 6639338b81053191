"""Recurrent robot policy and a rollout helper used by the notebook."""
import torch
import torch.nn as nn


class RecurrentPolicy(nn.Module):
    def __init__(self, obs=5, act=2, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(obs, hidden, batch_first=True)
        self.mu = nn.Linear(hidden, act)

    def forward(self, obs_seq):
        return torch.tanh(self.mu(self.lstm(obs_seq)[0]))


def expert_actions(obs):
    return torch.tanh(obs[..., 2:4] - obs[..., :2])


def rollout(policy, horizon=6, n_envs=3):
    """Deterministic rollout (no dropout noise); returns observations and the actions taken."""
    policy.eval()
    obs = [torch.randn(n_envs, 1, 5)]
    for _ in range(horizon - 1):
        a = policy(torch.cat(obs, 1))[:, -1:].detach()
        nxt = obs[-1].clone()
        nxt[..., :2] += 0.1 * a
        obs.append(nxt)
    obs = torch.cat(obs, 1)
    return obs, policy(obs)
