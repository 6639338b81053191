import torch
import torch.nn as nn


class GGNN(nn.Module):
    def __init__(self, hidden, n_edge_types, steps):
        super().__init__()
        self.msg = nn.ModuleList(nn.Linear(hidden, hidden) for _ in range(n_edge_types))
        self.cell = nn.GRUCell(hidden, hidden)
        self.steps = steps

    def forward(self, x, adj):
        h = x
        for _ in range(self.steps):
            m = sum(adj[e] @ lin(h) for e, lin in enumerate(self.msg))
            h = self.cell(m, h)
        return h


class GGNNVarMisuse(nn.Module):
    def __init__(self, hidden, n_edge_types, steps):
        super().__init__()
        self.ggnn = GGNN(hidden, n_edge_types, steps)
        self.reader = nn.GRU(hidden, hidden, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.score = nn.Bilinear(hidden, hidden, 1)

    def forward(self, g):
        h = self.ggnn(g["x"], g["adj"])
        cand_states, _ = self.reader(self.drop(h[g["cands"]]).unsqueeze(0))
        slot = h[g["slot"]].expand(cand_states.shape[1], -1)
        return self.score(cand_states.squeeze(0), slot).squeeze(-1)
