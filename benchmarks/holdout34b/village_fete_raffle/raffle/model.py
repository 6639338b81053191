import torch.nn as nn


class StallForecaster(nn.Module):
    def __init__(self, buckets=31, emb=6, hidden=8):
        super().__init__()
        self.emb = nn.Embedding(buckets, emb)
        self.gru = nn.GRU(emb, hidden, batch_first=True, dropout=0.0)
        self.head = nn.Sequential(nn.Dropout(0.3), nn.Linear(hidden, 1))

    def forward(self, sales):
        out, _ = self.gru(self.emb(sales.clamp(0, 30)))
        return self.head(out[:, -1]).squeeze(-1)
