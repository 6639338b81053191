"""Toy orchard-row environment for a fruit-picking arm, a GRU policy and REINFORCE with a learned baseline."""
import torch
import torch.nn as nn
from torch.distributions import Categorical


class OrchardRow:
    """Each step the arm sees 5 sensor values and chooses: skip, pick gently, pick firmly."""

    def __init__(self, length=6, seed=0):
        self.length = length
        self.g = torch.Generator().manual_seed(seed)

    def episode_obs(self, n):
        return torch.randn(n, self.length, 5, generator=self.g)

    @staticmethod
    def reward(obs, actions):
        ripe = obs[..., 0] > 0
        soft = obs[..., 1] > 0.3
        good = (ripe & ~soft & (actions == 2)) | (ripe & soft & (actions == 1)) | (~ripe & (actions == 0))
        return good.float().sum(1)


class PickerPolicy(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.gru = nn.GRU(5, hidden, batch_first=True)
        self.logits = nn.Linear(hidden, 3)

    def forward(self, obs):
        h, _ = self.gru(obs)
        return self.logits(h)


class Baseline(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(5, 8), nn.Tanh(), nn.Linear(8, 1))

    def forward(self, obs):
        return self.net(obs.mean(1)).squeeze(-1)


def rollout(policy, env, n=8):
    obs = env.episode_obs(n)
    dist = Categorical(logits=policy(obs))
    actions = dist.sample()
    return {"obs": obs, "logp": dist.log_prob(actions).sum(1), "ret": env.reward(obs, actions)}


@torch.no_grad()
def greedy_score(policy, env, n=16):
    policy.eval()
    obs = env.episode_obs(n)
    return env.reward(obs, policy(obs).argmax(-1)).mean().item()


def update(batch, baseline, opt_pi, opt_b):
    b = baseline(batch["obs"])
    adv = (batch["ret"] - b).detach()
    pi_loss = -(adv * batch["logp"]).mean()
    b_loss = (batch["ret"] - b).pow(2).mean()
    opt_pi.zero_grad(); opt_b.zero_grad()
    (pi_loss + 0.5 * b_loss).backward()  # TM001-here
    opt_pi.step(); opt_b.step()
    return pi_loss.item(), b_loss.item()
