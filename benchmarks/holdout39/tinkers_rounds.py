# expect: clean
"""Tinkers' rounds: a GRU policy picks the next village on the mending round, trained with REINFORCE.

A separate GRU baseline (pretrained, kept in eval) gives the expected takings; its value enters the
advantage as a plain float.
"""
import torch
from torch import nn


class RoutePolicy(nn.Module):
    def __init__(self, n_villages=5, hidden=8):
        super().__init__()
        self.emb = nn.Embedding(n_villages, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.logits = nn.Linear(hidden, n_villages)

    def forward(self, visited):
        out, _ = self.gru(self.emb(visited))
        return self.logits(out[:, -1])


class TakingsBaseline(nn.Module):
    def __init__(self, n_villages=5, hidden=6):
        super().__init__()
        self.emb = nn.Embedding(n_villages, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.v = nn.Linear(hidden, 1)

    def forward(self, visited):
        out, _ = self.gru(self.emb(visited))
        return self.v(out[:, -1]).squeeze(-1)


def takings(route):
    return float(len(set(route))) - 0.3 * sum(1 for a, b in zip(route, route[1:]) if a == b)


def episode(policy, baseline, start, length=4):
    route = [start]
    logps = []
    for _ in range(length):
        visited = torch.tensor([route])
        dist = torch.distributions.Categorical(logits=policy(visited)[0])
        a = dist.sample()
        logps.append(dist.log_prob(a))
        route.append(int(a))
    b = baseline(torch.tensor([route[:1]])).mean().item()
    return torch.stack(logps).sum(), takings(route) - b


def main():
    torch.manual_seed(9)
    policy, baseline = RoutePolicy(), TakingsBaseline()
    baseline.eval()
    opt = torch.optim.Adam(policy.parameters(), lr=1e-2)
    policy.train()
    for it in range(4):
        terms = []
        for start in range(3):
            logp, adv = episode(policy, baseline, start)
            terms.append(-logp * adv)
        loss = torch.stack(terms).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(it, round(loss.item(), 4))


if __name__ == "__main__":
    main()
