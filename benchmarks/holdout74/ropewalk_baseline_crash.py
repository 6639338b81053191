# expect: crash
"""Ropewalk twist scheduling with REINFORCE. A separate value network gives the
baseline; it is scored in eval mode after each fitting round."""
import torch
import torch.nn as nn


class Policy(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(5, 16), nn.Tanh(), nn.Linear(16, 3))

    def forward(self, s):
        return torch.distributions.Categorical(logits=self.net(s[:, -1]))


class ValueRNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(5, 8, batch_first=True)
        self.v = nn.Linear(8, 1)

    def forward(self, s):
        _, h = self.gru(s)
        return self.v(h[-1]).squeeze(-1)


def rollout(policy, n=6):
    states = torch.randn(n, 4, 5)
    dist = policy(states)
    actions = dist.sample()
    rewards = (actions == 1).float() + 0.1 * torch.randn(n)
    return states, dist.log_prob(actions), rewards


def fit_baseline(value, opt, states, rewards):
    value.train()
    loss = (value(states) - rewards).pow(2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    value.eval()
    return loss.item()


torch.manual_seed(6)
policy, value = Policy(), ValueRNN()
popt = torch.optim.Adam(policy.parameters(), lr=1e-2)
vopt = torch.optim.Adam(value.parameters(), lr=1e-2)
for it in range(4):
    states, logp, rewards = rollout(policy)
    baseline = value(states)
    advantage = rewards - baseline
    pg_loss = -(advantage * logp).mean()
    popt.zero_grad()
    pg_loss.backward()  # TM001-here
    popt.step()
    vloss = fit_baseline(value, vopt, states, rewards)
    print(f"iter {it} pg {pg_loss.item():.3f} v {vloss:.3f}")
