import torch.nn as nn


class SeqEncoder(nn.Module):
    def __init__(self, n_items, dim):
        super().__init__()
        self.item_emb = nn.Embedding(n_items, dim)
        self.gru = nn.GRU(dim, dim, batch_first=True)
        self.drop = nn.Dropout(0.2)

    def forward(self, seq):
        _, h = self.gru(self.drop(self.item_emb(seq)))
        return h[-1]
