import torch
import torch.nn as nn

from utils import EvaluationMixin


class GatedGraphConv(nn.Module):
    """DGL GatedGraphConv-like layer; the node update is an nn.GRU applied as one step per propagation."""

    def __init__(self, in_feats, out_feats, n_steps, n_etypes=1):
        super().__init__()
        self.out_feats, self.n_steps = out_feats, n_steps
        self.linears = nn.ModuleList([nn.Linear(out_feats, out_feats) for _ in range(n_etypes)])
        self.gru = nn.GRU(out_feats, out_feats)

    def forward(self, adj, feat):
        B, N, _ = feat.shape
        h = nn.functional.pad(feat, (0, self.out_feats - feat.size(-1)))
        for _ in range(self.n_steps):
            a = adj @ self.linears[0](h)
            h = self.gru(a.reshape(1, B * N, -1), h.reshape(1, B * N, -1))[1].view(B, N, -1)
        return h


class GGNNClassifier(EvaluationMixin, nn.Module):
    def __init__(self, in_feats=4, hidden=8, classes=2):
        super().__init__()
        self.ggnn = GatedGraphConv(in_feats, hidden, n_steps=3)
        self.readout = nn.Linear(hidden, classes)

    def forward(self, g):
        return self.readout(self.ggnn(g["adj"], g["feat"]).sum(1))
