# expect: crash
"""Ostlers' feed schedule: REINFORCE with a learned baseline.

A GRU policy picks a feed ration per stall visit; a GRU baseline predicts the
return. The rollout helper scores the visit with the baseline in eval mode (so
its dropout is off), and the same baseline values are later regressed on.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

RATIONS = 3


class Policy(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(2, hidden, batch_first=True)
        self.logits = nn.Linear(hidden, RATIONS)

    def forward(self, obs):
        h, _ = self.gru(obs)
        return self.logits(h)


class Baseline(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(2, hidden, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.v = nn.Linear(hidden, 1)

    def forward(self, obs):
        h, _ = self.gru(obs)
        return self.v(self.drop(h)).squeeze(-1)


def stable_visits(batch=4, steps=6):
    weight = torch.rand(batch, steps, 1)
    work = torch.rand(batch, steps, 1)
    return torch.cat([weight, work], -1)


def reward_for(obs, actions):
    need = (obs[..., 1] * (RATIONS - 1)).round().long()
    return -(actions - need).abs().float()


def rollout(policy, baseline, obs):
    dist = torch.distributions.Categorical(logits=policy(obs))
    actions = dist.sample()
    rewards = reward_for(obs, actions)
    returns = rewards.flip(1).cumsum(1).flip(1)
    baseline.eval()
    values = baseline(obs)
    return dist.log_prob(actions), returns, values


def main():
    torch.manual_seed(59)
    policy, baseline = Policy(), Baseline()
    p_opt = torch.optim.Adam(policy.parameters(), lr=1e-2)
    b_opt = torch.optim.Adam(baseline.parameters(), lr=1e-2)
    policy.train()
    baseline.train()
    for it in range(4):
        obs = stable_visits()
        logp, returns, values = rollout(policy, baseline, obs)
        adv = (returns - values.detach())
        p_loss = -(logp * adv).mean()
        p_opt.zero_grad()
        p_loss.backward()
        p_opt.step()
        b_loss = F.mse_loss(values, returns)
        b_opt.zero_grad()
        b_loss.backward()  # TM001-here
        b_opt.step()
        print(f"iter {it}: return {returns[:, 0].mean().item():.3f} baseline loss {b_loss.item():.4f}")


if __name__ == "__main__":
    main()
