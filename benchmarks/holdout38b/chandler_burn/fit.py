# expect: crash
"""Tallow chandler: predict candle burn time from a rendering-vat temperature trace.

A hand-written LightningModule look-alike; the trainer below only calls the module's hooks.
"""
import torch

from chandler import BurnTimeModule, MiniTrainer


def vat_batches(n_batches=3, batch=4, steps=6):
    g = torch.Generator().manual_seed(11)
    out = []
    for _ in range(n_batches):
        x = torch.randn(batch, steps, 3, generator=g)
        y = 4.0 + x[:, :, 2].mean(1)
        out.append((x, y))
    return out


if __name__ == "__main__":
    torch.manual_seed(11)
    module = BurnTimeModule(hidden=8, smooth_weight=0.1)
    trainer = MiniTrainer(max_epochs=2)
    trainer.fit(module, vat_batches(), vat_batches(1))
    print("done:", trainer.logged[-1])
