"""Chord model and trainer used by the notebook beside this file."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class ChordModel(nn.Module):
    def __init__(self, hidden=8, n_chords=5):
        super().__init__()
        self.lstm = nn.LSTM(12, hidden, bidirectional=True, batch_first=True)
        self.out = nn.Linear(2 * hidden, n_chords)

    def forward(self, chroma):
        return self.out(self.lstm(chroma)[0])


class Trainer:
    def __init__(self, model, lr=1e-2):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)

    def evaluate(self, x, y):
        self.model.eval()
        with torch.no_grad():
            return float((self.model(x).argmax(-1) == y).float().mean())

    def fit(self, x, y, epochs=1, bs=3):
        hist = []
        for _ in range(epochs):
            self.model.train()
            for i in range(0, len(x), bs):
                loss = F.cross_entropy(self.model(x[i:i + bs]).flatten(0, 1), y[i:i + bs].flatten())
                self.opt.zero_grad()
                loss.backward()
                self.opt.step()
            hist.append(round(float(loss), 4))
        return hist
