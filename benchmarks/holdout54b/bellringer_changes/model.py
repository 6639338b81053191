import torch.nn as nn


class StrikeModel(nn.Module):
    def __init__(self, bells=6, hidden=8):
        super().__init__()
        self.emb = nn.Embedding(bells, 6)
        self.gru = nn.GRU(6, hidden, batch_first=True)
        self.out = nn.Linear(hidden, bells)

    def forward(self, strikes):
        h, _ = self.gru(self.emb(strikes))
        return self.out(h)
