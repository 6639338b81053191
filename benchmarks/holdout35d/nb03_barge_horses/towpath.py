"""Small training utilities shared by the towpath notebooks.

`Trainer.fit()` owns the loop and calls hooks a subclass may override; `load_for_inference` rebuilds a model
from a checkpoint ready for prediction.
"""
import torch
from torch import nn


class GaitEncoder(nn.Module):
    """LSTM over a horse's stride sensors (hoof load, collar tension, towline angle)."""

    def __init__(self, n_in=3, hidden=8, n_out=1):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.head = nn.Sequential(nn.Linear(hidden, hidden), nn.Tanh(), nn.Linear(hidden, n_out))

    def forward(self, x):
        out, (h, c) = self.lstm(x)
        return self.head(h[-1]).squeeze(-1)


class Trainer:
    def __init__(self, model, lr=1e-2, epochs=3, batch_size=4):
        self.model = model
        self.epochs = epochs
        self.batch_size = batch_size
        self.optimizer = torch.optim.Adam(model.parameters(), lr=lr)
        self.log = []

    # hooks -------------------------------------------------------------
    def on_epoch_start(self, epoch):
        pass

    def on_epoch_end(self, epoch, train_loss):
        self.log.append({"epoch": epoch, "train_loss": train_loss})

    def compute_loss(self, batch):
        raise NotImplementedError

    # loop ----------------------------------------------------------------
    def fit(self, data):
        for epoch in range(self.epochs):
            self.model.train()
            self.on_epoch_start(epoch)
            total, n = 0.0, 0
            for i in range(0, len(data[0]), self.batch_size):
                batch = tuple(t[i:i + self.batch_size] for t in data)
                self.optimizer.zero_grad()
                loss = self.compute_loss(batch)
                loss.backward()
                self.optimizer.step()
                total += loss.item()
                n += 1
            self.on_epoch_end(epoch, total / n)
        return self.log


def save_checkpoint(model, path):
    torch.save({"state_dict": model.state_dict(), "hidden": model.lstm.hidden_size}, path)


def load_for_inference(path):
    ckpt = torch.load(path)
    model = GaitEncoder(hidden=ckpt["hidden"])
    model.load_state_dict(ckpt["state_dict"])
    model.eval()
    return model
