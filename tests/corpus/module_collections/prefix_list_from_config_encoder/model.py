"""A sequence classifier: a normalised input projection (`enc_norm`), an LSTM encoder (`encoder`) and a head."""
import torch.nn as nn


class SeqClassifier(nn.Module):
    def __init__(self, features=5, hidden=8, classes=3):
        super().__init__()
        self.proj = nn.Linear(features, hidden)
        self.enc_norm = nn.LayerNorm(hidden)
        self.encoder = nn.LSTM(hidden, hidden, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.head = nn.Linear(hidden, classes)

    def forward(self, x):
        out, _ = self.encoder(self.enc_norm(self.proj(x)))
        return self.head(self.drop(out[:, -1]))
