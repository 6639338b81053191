# expect: clean
"""Chapman's round: REINFORCE with a baseline network; the rollout helper sets the training flag on the wrapper only."""
import torch
import torch.nn as nn
from torch.distributions import Categorical

torch.manual_seed(8)
N_STOPS = 5


class RoutePolicy(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(N_STOPS, 10, num_layers=2, dropout=0.2, batch_first=True)
        self.head = nn.Linear(10, N_STOPS)

    def forward(self, seq):
        h, _ = self.lstm(seq)
        return self.head(h[:, -1])


baseline = nn.Sequential(nn.Linear(N_STOPS, 8), nn.Tanh(), nn.Linear(8, 1))


def reward_of(actions):
    return -(actions.float() - 2).abs()


def rollout(policy, batch=6, horizon=4):
    policy.training = False
    seq = torch.zeros(batch, 1, N_STOPS)
    logps, acts = [], []
    for _ in range(horizon):
        dist = Categorical(logits=policy(seq))
        a = dist.sample()
        logps.append(dist.log_prob(a))
        acts.append(a)
        seq = torch.cat([seq, nn.functional.one_hot(a, N_STOPS).float().unsqueeze(1)], 1)
    return torch.stack(logps, 1), torch.stack(acts, 1), seq[:, 0]


policy = RoutePolicy()
opt = torch.optim.Adam(list(policy.parameters()) + list(baseline.parameters()), lr=1e-2)
for it in range(3):
    logp, acts, start = rollout(policy)
    R = reward_of(acts).sum(1)
    b = baseline(start).squeeze(-1)
    loss = -((R - b.detach()) * logp.sum(1)).mean() + ((R - b) ** 2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    policy.training = True
    print(it, R.mean().item())
