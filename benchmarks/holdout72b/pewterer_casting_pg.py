# expect: crash
"""Pewterer casting schedule: REINFORCE with a recurrent baseline network."""
import torch
import torch.nn as nn
from torch.distributions import Categorical

torch.manual_seed(9)


class Policy(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(3, 16), nn.Tanh(), nn.Linear(16, 4))

    def forward(self, obs):
        return Categorical(logits=self.net(obs))


class Baseline(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.v = nn.Linear(8, 1)

    def forward(self, traj):
        h, _ = self.gru(traj)
        return self.v(h).squeeze(-1)


def rollout(policy, T=6, B=4):
    obs = torch.randn(B, T, 3)
    dist = policy(obs)
    acts = dist.sample()
    rewards = (acts == 2).float() - 0.1 * obs[..., 0]
    return obs, dist.log_prob(acts), rewards


def returns_to_go(r, gamma=0.95):
    out = torch.zeros_like(r)
    run = torch.zeros(r.shape[0])
    for t in reversed(range(r.shape[1])):
        run = r[:, t] + gamma * run
        out[:, t] = run
    return out


policy, baseline = Policy(), Baseline()
p_opt = torch.optim.Adam(policy.parameters(), lr=1e-2)
b_opt = torch.optim.Adam(baseline.parameters(), lr=1e-2)
for it in range(3):
    obs, logp, rew = rollout(policy)
    ret = returns_to_go(rew)
    baseline.eval()  # deterministic value estimate for the advantage
    values = baseline(obs)
    adv = (ret - values.detach())
    p_opt.zero_grad()
    (-(logp * adv).mean()).backward()
    p_opt.step()
    b_opt.zero_grad()
    nn.functional.mse_loss(values, ret).backward()  # TM001-here
    b_opt.step()
    print(it, rew.sum(1).mean().item())
