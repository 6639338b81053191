"""Pretrained ratter call encoder (frozen) with a trainable token embedding in front."""
import torch
from torch import nn


class RatterEncoder(nn.Module):
    def __init__(self, vocab=20, d=8, h=12):
        super().__init__()
        self.embed = nn.Embedding(vocab, d)
        self.lstm = nn.LSTM(d, h, batch_first=True)
        self.head = nn.Linear(h, 2)

    def forward(self, tokens):
        o, _ = self.lstm(self.embed(tokens))
        return self.head(o[:, -1])

    def freeze_backbone(self):
        """Freeze the LSTM and put it in inference mode; embeddings and head stay trainable."""
        self.lstm.eval()
        for p in self.lstm.parameters():
            p.requires_grad_(False)
        return self
