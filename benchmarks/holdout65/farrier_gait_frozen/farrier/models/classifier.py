import torch.nn as nn

from .encoder import StrideEncoder


class GaitClassifier(nn.Module):
    def __init__(self, vocab, emb, hidden, classes):
        super().__init__()
        self.encoder = StrideEncoder(vocab, emb, hidden)
        self.encoder.requires_grad_(False)
        self.head = nn.Sequential(nn.Dropout(0.1), nn.Linear(hidden, classes))

    def train(self, mode=True):
        super().train(mode)
        # the stride encoder was pretrained; keep its dropout off while the head learns
        self.encoder.eval()
        return self

    def forward(self, tokens):
        return self.head(self.encoder(tokens))
