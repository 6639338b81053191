# expect: crash
"""Chimney-sweep route planning: REINFORCE with a learned baseline.  The policy's `act` puts the
network in eval mode (no dropout while acting) and keeps the log-probs for the update."""
import torch
import torch.nn as nn
from torch.distributions import Categorical

torch.manual_seed(10)
N_HOUSES, HID = 5, 12


class RoutePolicy(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Linear(3, HID)
        self.rnn = nn.LSTM(HID, HID, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.logits = nn.Linear(HID, N_HOUSES)

    def forward(self, houses):
        h, _ = self.rnn(torch.relu(self.emb(houses)))
        return self.logits(self.drop(h[:, -1]))

    def act(self, houses):
        self.eval()
        dist = Categorical(logits=self(houses))
        a = dist.sample()
        return a, dist.log_prob(a)


class Baseline(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Flatten(), nn.Linear(N_HOUSES * 3, 16), nn.Tanh(), nn.Linear(16, 1))

    def forward(self, houses):
        return self.net(houses).squeeze(-1)


def soot_reward(houses, a):
    return houses[torch.arange(len(a)), a, 0] - 0.1 * houses[torch.arange(len(a)), a, 1]


policy, baseline = RoutePolicy(), Baseline()
p_opt = torch.optim.Adam(policy.parameters(), lr=1e-2)
b_opt = torch.optim.Adam(baseline.parameters(), lr=1e-2)
for episode in range(3):
    houses = torch.rand(6, N_HOUSES, 3)
    actions, logp = policy.act(houses)
    r = soot_reward(houses, actions)
    b = baseline(houses)
    adv = (r - b).detach()
    b_opt.zero_grad()
    ((b - r) ** 2).mean().backward()
    b_opt.step()
    p_opt.zero_grad()
    (-(adv * logp).mean()).backward()  # TM001-here
    p_opt.step()
    print(episode, r.mean().item())
