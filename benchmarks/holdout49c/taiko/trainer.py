"""Small trainer for the taiko drum-hit classifier notebooks.

Loosely follows the course template: a Trainer owns the model, optimiser and a history dict,
`fit` runs epochs, `validate` reports accuracy, `fit_more` continues training from where fit stopped
(used after looking at the validation numbers).
"""
import time
import torch
import torch.nn as nn
import torch.nn.functional as F

HITS = ["don", "ka", "roll", "rest"]


class HitLSTM(nn.Module):
    def __init__(self, n_mels=8, hidden=16, n_classes=len(HITS)):
        super().__init__()
        self.lstm = nn.LSTM(n_mels, hidden, num_layers=1, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, n_classes)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.fc(out.mean(dim=1))


class Trainer:
    def __init__(self, model, lr=1e-2, batch_size=8):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.batch_size = batch_size
        self.history = {"loss": [], "val_acc": []}

    def _batches(self, x, y):
        perm = torch.randperm(len(x))
        for i in range(0, len(x), self.batch_size):
            idx = perm[i:i + self.batch_size]
            yield x[idx], y[idx]

    def _step(self, xb, yb):
        self.opt.zero_grad()
        loss = F.cross_entropy(self.model(xb), yb)
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()

    def fit(self, x, y, epochs=2):
        self.model.train()
        for ep in range(epochs):
            t0 = time.time()
            losses = [self._step(xb, yb) for xb, yb in self._batches(x, y)]
            self.history["loss"].append(sum(losses) / len(losses))
            print(f"epoch {ep} loss {self.history['loss'][-1]:.3f} ({time.time() - t0:.2f}s)")
        return self

    def fit_more(self, x, y, epochs=1):
        # continue where fit stopped; the mode is whatever the model is in now
        for ep in range(epochs):
            losses = [self._step(xb, yb) for xb, yb in self._batches(x, y)]
            self.history["loss"].append(sum(losses) / len(losses))
        return self.history["loss"][-1]

    def validate(self, x, y):
        self.model.eval()
        with torch.no_grad():
            acc = (self.model(x).argmax(-1) == y).float().mean().item()
        self.history["val_acc"].append(acc)
        return acc
