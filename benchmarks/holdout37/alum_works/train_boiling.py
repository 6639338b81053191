# expect: crash
"""Fit the liquor-density forecaster for the alum boiling house."""
import torch

from alumworks import Callback, LiquorNet, Trainer


class PrintMetrics(Callback):
    def on_validation_end(self, trainer, metrics):
        print("val", round(metrics["val_loss"], 4))


def make_batches(n, batch=4, steps=6):
    g = torch.Generator().manual_seed(n)
    return [(torch.randn(batch, steps, 3, generator=g), torch.randn(batch, generator=g)) for _ in range(n)]


def main():
    torch.manual_seed(0)
    model = LiquorNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    trainer = Trainer(model, opt, make_batches(3), make_batches(2), callbacks=[PrintMetrics()])
    trainer.fit()
    print("done", trainer.history)


if __name__ == "__main__":
    main()
