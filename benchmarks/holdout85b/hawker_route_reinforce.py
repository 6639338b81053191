# expect: crash
"""Hawker cart routing: REINFORCE with a learned baseline; the GRU policy acts in eval mode during rollouts."""
import torch
import torch.nn as nn
from torch.distributions import Categorical

torch.manual_seed(10)
N_STREETS, HID = 5, 12


class Policy(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(N_STREETS + 1, 6)
        self.gru = nn.GRU(6, HID, batch_first=True)
        self.logits = nn.Linear(HID, N_STREETS)

    def forward(self, prev, h=None):
        o, h = self.gru(self.emb(prev).unsqueeze(1), h)
        return self.logits(o.squeeze(1)), h


class Baseline(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(N_STREETS, 16), nn.ReLU(), nn.Linear(16, 1))

    def forward(self, demand):
        return self.net(demand).squeeze(-1)


def rollout(policy, demand, horizon=4):
    policy.eval()
    prev = torch.full((demand.size(0),), N_STREETS, dtype=torch.long)
    h, logps, reward = None, [], torch.zeros(demand.size(0))
    for _ in range(horizon):
        logits, h = policy(prev, h)
        dist = Categorical(logits=logits)
        a = dist.sample()
        logps.append(dist.log_prob(a))
        reward = reward + demand.gather(1, a[:, None]).squeeze(1)
        prev = a
    return torch.stack(logps, 1).sum(1), reward


policy, baseline = Policy(), Baseline()
p_opt = torch.optim.Adam(policy.parameters(), 1e-2)
b_opt = torch.optim.Adam(baseline.parameters(), 1e-2)
for it in range(3):
    demand = torch.rand(6, N_STREETS)
    logp, R = rollout(policy, demand)
    b = baseline(demand)
    adv = (R - b).detach()
    p_loss = -(adv * logp).mean()
    b_loss = (b - R).pow(2).mean()
    p_opt.zero_grad(); b_opt.zero_grad()
    (p_loss + b_loss).backward()  # TM001-here
    p_opt.step(); b_opt.step()
    print(it, round(R.mean().item(), 3))
