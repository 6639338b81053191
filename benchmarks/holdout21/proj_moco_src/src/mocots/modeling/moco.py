import copy

import torch
import torch.nn as nn

from mocots.modeling.encoder import SeqEncoder


class MoCo(nn.Module):
    """Momentum contrast for time series: query encoder trained, key encoder an EMA of it."""

    def __init__(self, queue=16, m=0.99, t=0.2, **enc_kw):
        super().__init__()
        self.encoder_q = SeqEncoder(**enc_kw)
        self.encoder_k = copy.deepcopy(self.encoder_q)
        for p in self.encoder_k.parameters():
            p.requires_grad_(False)
        self.m, self.t = m, t
        self.register_buffer("queue", nn.functional.normalize(torch.randn(queue, self.encoder_q.proj[-1].out_features), dim=-1))

    @torch.no_grad()
    def momentum_update(self):
        for pk, pq in zip(self.encoder_k.parameters(), self.encoder_q.parameters()):
            pk.mul_(self.m).add_(pq.detach(), alpha=1 - self.m)

    def forward(self, xq, xk):
        q = self.encoder_q(xq)
        with torch.no_grad():
            self.momentum_update()
            k = self.encoder_k(xk)
        pos = (q * k).sum(-1, keepdim=True)
        neg = q @ self.queue.t()
        logits = torch.cat([pos, neg], 1) / self.t
        self.queue = torch.cat([k, self.queue[:-k.size(0)]], 0)
        return nn.functional.cross_entropy(logits, torch.zeros(q.size(0), dtype=torch.long))
