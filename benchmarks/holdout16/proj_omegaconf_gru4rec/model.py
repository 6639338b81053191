import torch.nn as nn


class GRU4Rec(nn.Module):
    def __init__(self, n_items, hidden):
        super().__init__()
        self.emb = nn.Embedding(n_items, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.drop = nn.Dropout(0.25)
        self.out = nn.Linear(hidden, n_items)

    def forward(self, sessions):
        return self.out(self.drop(self.gru(self.emb(sessions))[0]))
