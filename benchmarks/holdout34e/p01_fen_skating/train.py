# expect: crash
"""Fit the lap-split model on this winter's fen races."""
import torch

from skatelib import Callback, LapRNN, Trainer


class PrintMetrics(Callback):
    def on_validation_end(self, trainer, metrics):
        print(f"val_loss={metrics['val_loss']:.4f}")


class BestKeeper(Callback):
    def __init__(self):
        self.best = float("inf")

    def on_validation_end(self, trainer, metrics):
        self.best = min(self.best, metrics["val_loss"])


def make_batches(n, batch=4, steps=6, seed=0):
    g = torch.Generator().manual_seed(seed)
    out = []
    for _ in range(n):
        x = torch.randn(batch, steps, 3, generator=g)
        y = x[:, :, 0].mean(1)
        out.append((x, y))
    return out


def main():
    torch.manual_seed(0)
    model = LapRNN()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    keeper = BestKeeper()
    trainer = Trainer(model, opt, make_batches(3), make_batches(2, seed=1),
                      callbacks=[PrintMetrics(), keeper], max_epochs=2)
    trainer.fit()
    print("best", round(keeper.best, 4))


if __name__ == "__main__":
    main()
