import torch
import torch.nn as nn


class LabelPredictor(nn.Module):
    def __init__(self, vocab=6, hidden=8):
        super().__init__()
        self.blank = 0
        self.emb = nn.Embedding(vocab, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)

    def forward(self, labels, state=None):
        # prepend blank as start-of-sequence
        start = torch.full((labels.shape[0], 1), self.blank, dtype=torch.long)
        out, state = self.lstm(self.emb(torch.cat([start, labels], 1)), state)
        return out, state

    def step(self, token, state):
        out, state = self.lstm(self.emb(token), state)
        return out, state
