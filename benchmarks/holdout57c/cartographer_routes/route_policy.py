"""Autoregressive survey-route policy (GRU decoder attending over waypoints), trained with REINFORCE.

Baseline: the policy's own greedy rollout (Kool et al., "Attention, Learn to Solve Routing Problems!").
"""
import torch
import torch.nn as nn
from torch.distributions import Categorical


def tour_length(pts, tour):
    ordered = pts[torch.arange(pts.size(0))[:, None], tour]
    legs = (ordered[:, 1:] - ordered[:, :-1]).norm(dim=-1).sum(1)
    return legs + (ordered[:, 0] - ordered[:, -1]).norm(dim=-1)


class RoutePolicy(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.embed = nn.Linear(2, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.query = nn.Linear(hidden, hidden)

    def rollout(self, pts, greedy=False):
        bsz, n, _ = pts.shape
        emb = self.embed(pts)
        visited = torch.zeros(bsz, n, dtype=torch.bool)
        inp, state = emb.mean(1, keepdim=True), None
        rows = torch.arange(bsz)
        tour, logp = [], []
        for _ in range(n):
            out, state = self.gru(inp, state)
            scores = torch.bmm(emb, self.query(out).transpose(1, 2)).squeeze(-1)
            scores = scores.masked_fill(visited, -1e9)
            dist = Categorical(logits=scores)
            idx = scores.argmax(-1) if greedy else dist.sample()
            tour.append(idx)
            logp.append(dist.log_prob(idx))
            visited = visited.clone()
            visited[rows, idx] = True
            inp = emb[rows, idx].unsqueeze(1)
        return torch.stack(tour, 1), torch.stack(logp, 1).sum(1)

    @torch.no_grad()
    def greedy_baseline(self, pts):
        self.eval()
        tour, _ = self.rollout(pts, greedy=True)
        return tour_length(pts, tour)
