import torch.nn as nn


class GalleyTagger(nn.Module):
    """Tags each slug of type in a galley line as fine / needs re-setting."""

    def __init__(self, vocab=20, hidden=8):
        super().__init__()
        self.emb = nn.Embedding(vocab, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.cls = nn.Linear(hidden, 2)

    def forward(self, tokens):
        h, _ = self.lstm(self.emb(tokens))
        return self.cls(self.drop(h))
