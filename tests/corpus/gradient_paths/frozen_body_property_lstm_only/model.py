"""A token classifier with an embedding, an LSTM body (exposed as a property) and a linear head."""
import torch.nn as nn


class TokenClassifier(nn.Module):
    def __init__(self, vocab=20, dim=6, hidden=8, classes=3):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.lstm = nn.LSTM(dim, hidden, batch_first=True)
        self.head = nn.Linear(hidden, classes)

    @property
    def body(self):
        return nn.ModuleList([self.lstm])

    def forward(self, tokens):
        return self.head(self.lstm(self.emb(tokens))[0][:, -1])
