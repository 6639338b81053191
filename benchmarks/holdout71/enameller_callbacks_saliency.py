# expect: crash
"""Saddle-fit pressure mats: a GRU regressor with callbacks dispatched by hook name."""
import argparse

import torch
from torch import nn


class PressureGRU(nn.Module):
    def __init__(self, n_in=6, hidden=12):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)
        self.head = nn.Sequential(nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, 1))

    def forward(self, x):
        _, h = self.gru(x)
        return self.head(h[-1])


class LossPrinter:
    def on_epoch_end(self, loop, epoch, logs):
        print(f"epoch {epoch} loss {logs['loss']:.4f}")


class SaliencyLogger:
    """Logs which time steps the model looks at, once per epoch."""

    def __init__(self, every=1):
        self.every = every
        self.records = []

    def on_epoch_start(self, loop, epoch, logs):
        if epoch % self.every:
            return
        x = loop.probe_batch.clone().requires_grad_(True)
        loop.model.eval()
        score = loop.model(x).sum()
        score.backward()  # TM001-here
        self.records.append(x.grad.abs().sum(dim=(0, 2)))
        loop.model.train()


class Loop:
    def __init__(self, model, callbacks, probe_batch, lr):
        self.model = model
        self.callbacks = callbacks
        self.probe_batch = probe_batch
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)

    def emit(self, hook, *args):
        for cb in self.callbacks:
            fn = getattr(cb, hook, None)
            if callable(fn):
                fn(self, *args)

    def run(self, epochs, batches):
        self.model.train()
        for epoch in range(epochs):
            logs = {}
            self.emit("on_epoch_start", epoch, logs)
            for x, y in batches:
                loss = nn.functional.smooth_l1_loss(self.model(x), y)
                self.opt.zero_grad()
                loss.backward()
                self.opt.step()
                logs["loss"] = loss.item()
            self.emit("on_epoch_end", epoch, logs)


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--lr", type=float, default=5e-3)
    args = ap.parse_args(argv)
    torch.manual_seed(11)
    batches = [(torch.randn(4, 10, 6), torch.randn(4, 1)) for _ in range(3)]
    saliency = SaliencyLogger()
    loop = Loop(PressureGRU(), [LossPrinter(), saliency], torch.randn(2, 10, 6), args.lr)
    loop.run(args.epochs, batches)
    print("saliency records", len(saliency.records))


if __name__ == "__main__":
    main()
