"""A small trainer for veneer-grain classification (marquetry workshop offcuts scanned along the grain)."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class GrainLSTM(nn.Module):
    """Reads a scan line of the veneer as a sequence of colour/gloss readings."""

    def __init__(self, n_in=6, hidden=10, n_species=4):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True)
        self.cls = nn.Linear(2 * hidden, n_species)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.cls(out.mean(1))


class Trainer:
    """fit() runs epochs; subclasses override the on_* hooks."""

    def __init__(self, model, lr=5e-3):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.history = []

    # hooks -----------------------------------------------------------
    def on_epoch_start(self, epoch):
        self.model.train()

    def on_validation_start(self):
        self.model.eval()

    def on_validation_end(self, metrics):
        self.history.append(metrics)

    # steps -----------------------------------------------------------
    def step(self, xb, yb):
        self.opt.zero_grad()
        loss = F.cross_entropy(self.model(xb), yb)
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()

    def validate(self, x, y):
        self.on_validation_start()
        with torch.no_grad():
            logits = self.model(x)
            m = {"val_loss": F.cross_entropy(logits, y).item(),
                 "val_acc": (logits.argmax(1) == y).float().mean().item()}
        self.on_validation_end(m)
        return m

    def fit(self, x, y, x_val, y_val, epochs=2, bs=8):
        for epoch in range(epochs):
            self.on_epoch_start(epoch)
            for i in range(0, len(x), bs):
                self.step(x[i:i + bs], y[i:i + bs])
            self.validate(x_val, y_val)
        return self.history


def offcut_scans(n, steps=8, n_in=6, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, steps, n_in, generator=g)
    y = (x[:, :, :2].sum((1, 2)) > 0).long() + 2 * (x[:, :, 3].mean(1) > 0).long()
    return x, y
