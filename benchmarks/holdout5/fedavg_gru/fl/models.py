import torch.nn as nn


class KeystrokeGRU(nn.Module):
    """Next-key prediction model, as in federated keyboard papers."""

    def __init__(self, vocab=20, hidden=12):
        super().__init__()
        self.embedding = nn.Embedding(vocab, 8)
        self.gru = nn.GRU(8, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, vocab)

    def forward(self, x):
        out, _ = self.gru(self.embedding(x))
        return self.fc(out)
