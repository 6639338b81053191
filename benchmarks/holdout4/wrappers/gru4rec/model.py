"""GRU4Rec-style session model with session-parallel mini-batches and hidden-state carry-over."""
import torch
import torch.nn as nn


class GRU4Rec(nn.Module):
    def __init__(self, n_items, hidden=16, layers=1):
        super().__init__()
        self.n_items = n_items
        self.item_emb = nn.Embedding(n_items, hidden)
        self.gru = nn.GRU(hidden, hidden, num_layers=layers)
        self.out = nn.Linear(hidden, n_items)
        self.layers, self.hidden = layers, hidden

    def init_hidden(self, batch):
        return torch.zeros(self.layers, batch, self.hidden)

    def forward(self, items, hidden):
        out, hidden = self.gru(self.item_emb(items).unsqueeze(0), hidden)
        return self.out(out.squeeze(0)), hidden
