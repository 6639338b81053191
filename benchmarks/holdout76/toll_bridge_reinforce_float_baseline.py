# expect: clean
"""Toll-bridge pricing with REINFORCE. A recurrent policy picks one of three
toll levels from the recent traffic trace; a pretrained recurrent value
network, kept in eval mode, supplies the baseline."""
import logging

import torch
from torch import nn

logging.basicConfig(level=logging.INFO, format="%(message)s")
log = logging.getLogger("toll")
torch.manual_seed(9)
LEVELS = torch.tensor([1.0, 2.0, 3.0])


class TrafficGRU(nn.Module):
    def __init__(self, out_dim, hidden=8):
        super().__init__()
        self.gru = nn.GRU(2, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, out_dim)

    def forward(self, trace):
        _, h = self.gru(trace)
        return self.fc(h[-1])


def revenue(trace, level):
    demand = 3.0 - trace[:, -1, 0].clamp(-2, 2) * 0.5
    return (LEVELS[level] * (demand - LEVELS[level])).clamp(min=0)


def baseline_values(critic, trace):
    return torch.tensor(critic(trace).squeeze(-1).tolist())


def main():
    policy = TrafficGRU(out_dim=3)
    critic = TrafficGRU(out_dim=1).eval()
    opt = torch.optim.Adam(policy.parameters(), lr=1e-2)
    policy.train()
    for it in range(4):
        trace = torch.randn(6, 8, 2)
        dist = torch.distributions.Categorical(logits=policy(trace))
        level = dist.sample()
        ret = revenue(trace, level)
        base = baseline_values(critic, trace)
        adv = ret - base
        loss = -(dist.log_prob(level) * adv).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        log.info("iter %d mean revenue %.3f", it, ret.mean().item())


if __name__ == "__main__":
    main()
