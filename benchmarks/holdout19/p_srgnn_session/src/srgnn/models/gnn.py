"""SR-GNN-like session recommender: gated graph propagation over the session graph, GRU readout."""
import torch
import torch.nn as nn


def session_graph(session, n_items):
    """Normalised in/out adjacency over the unique items of one session."""
    nodes = sorted(set(session))
    pos = {it: i for i, it in enumerate(nodes)}
    A = torch.zeros(2, len(nodes), len(nodes))
    for a, b in zip(session[:-1], session[1:]):
        A[0, pos[b], pos[a]] = 1.0
        A[1, pos[a], pos[b]] = 1.0
    A = A / A.sum(-1, keepdim=True).clamp(min=1)
    alias = [pos[it] for it in session]
    return torch.tensor(nodes), A, torch.tensor(alias)


class SessionGraphNet(nn.Module):
    def __init__(self, n_items, dim=8, steps=1):
        super().__init__()
        self.steps = steps
        self.item_emb = nn.Embedding(n_items, dim)
        self.edge_in = nn.Linear(dim, dim)
        self.edge_out = nn.Linear(dim, dim)
        self.gate = nn.GRUCell(2 * dim, dim)
        self.readout = nn.GRU(dim, dim, batch_first=True)
        self.att = nn.Linear(2 * dim, 1)

    def encode(self, nodes, A, alias):
        h = self.item_emb(nodes)
        for _ in range(self.steps):
            m = torch.cat([A[0] @ self.edge_in(h), A[1] @ self.edge_out(h)], -1)
            h = self.gate(m, h)
        seq = h[alias].unsqueeze(0)
        out, last = self.readout(seq)
        w = torch.sigmoid(self.att(torch.cat([out, last[-1].expand_as(out)], -1)))
        return (w * out).sum(1).squeeze(0)

    def forward(self, graphs):
        s = torch.stack([self.encode(*g) for g in graphs])
        return s @ self.item_emb.weight.T
