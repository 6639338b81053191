# expect: crash
"""Harbour pilot boarding delays: a GRU over tide/wind readings predicts the
minutes a pilot launch will wait alongside. A small trainer with hooks; the
subclass logs gradient*input relevance at the end of every validation pass."""
import math
import random

import torch
import torch.nn as nn

torch.manual_seed(3)
random.seed(3)

N_FEAT, HIDDEN, SEQ = 5, 12, 9


class BoardingNet(nn.Module):
    def __init__(self, n_feat=N_FEAT, hidden=HIDDEN):
        super().__init__()
        self.proj = nn.Linear(n_feat, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(torch.tanh(self.proj(x)))
        return self.out(self.drop(h[:, -1])).squeeze(-1)


def make_split(n):
    xs = torch.randn(n, SEQ, N_FEAT)
    ys = xs[:, :, 0].mean(1) * 3.0 + xs[:, -1, 2]
    return list(zip(xs.split(4), ys.split(4)))


class Trainer:
    def __init__(self, model, lr=1e-2):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.loss_fn = nn.SmoothL1Loss()
        self.history = []

    # hooks -------------------------------------------------------------
    def on_epoch_start(self, epoch):
        pass

    def on_validation_end(self, epoch, val_batches, val_loss):
        pass

    # loops ---------------------------------------------------------------
    def train_epoch(self, batches):
        self.model.train()
        total = 0.0
        for xb, yb in batches:
            self.opt.zero_grad()
            loss = self.loss_fn(self.model(xb), yb)
            loss.backward()
            self.opt.step()
            total += loss.item()
        return total / len(batches)

    def validate(self, batches):
        self.model.eval()
        total = 0.0
        with torch.no_grad():
            for xb, yb in batches:
                total += self.loss_fn(self.model(xb), yb).item()
        return total / len(batches)

    def fit(self, train_batches, val_batches, epochs):
        for epoch in range(epochs):
            self.on_epoch_start(epoch)
            tr = self.train_epoch(train_batches)
            va = self.validate(val_batches)
            self.history.append((tr, va))
            self.on_validation_end(epoch, val_batches, va)
        return self.history


class RelevanceLoggingTrainer(Trainer):
    """Adds a gradient*input relevance summary per feature after validation."""

    def __init__(self, model, feature_names, **kw):
        super().__init__(model, **kw)
        self.feature_names = feature_names
        self.relevance_log = []

    def on_validation_end(self, epoch, val_batches, val_loss):
        xb, _ = val_batches[0]
        x = xb.clone().requires_grad_(True)
        pred = self.model(x)
        pred.sum().backward()  # TM001-here
        rel = (x.grad * x).abs().mean(dim=(0, 1))
        self.relevance_log.append(rel.detach())
        top = max(range(len(self.feature_names)), key=lambda i: rel[i].item())
        print(f"epoch {epoch} val {val_loss:.3f} most relevant: {self.feature_names[top]}")
        self.model.zero_grad(set_to_none=True)


def main():
    train_batches, val_batches = make_split(24), make_split(8)
    model = BoardingNet()
    names = ["tide_height", "wind_speed", "swell", "vessel_draft", "visibility"]
    trainer = RelevanceLoggingTrainer(model, names, lr=5e-3)
    hist = trainer.fit(train_batches, val_batches, epochs=3)
    rmse = math.sqrt(hist[-1][1])
    print(f"final val rmse ~ {rmse:.3f}")


if __name__ == "__main__":
    main()
