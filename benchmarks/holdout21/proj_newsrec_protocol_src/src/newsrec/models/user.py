import torch
import torch.nn as nn


class GRUUserModel(nn.Module):
    """LSTUR-like: item embeddings, GRU over the click history, dot-product scoring."""

    def __init__(self, n_items=50, dim=8):
        super().__init__()
        self.items = nn.Embedding(n_items, dim)
        self.gru = nn.GRU(dim, dim, batch_first=True)
        self.drop = nn.Dropout(0.2)

    def forward(self, clicks, candidates):
        _, u = self.gru(self.drop(self.items(clicks)))
        return torch.einsum("bd,bcd->bc", u[-1], self.items(candidates))
