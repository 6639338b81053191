# expect: crash
"""Entry point: fit the stave-moisture model on a season of yard readings."""
import torch

from staveflow import StaveMoistureGRU, Trainer, TrainerConfig


def make_batches(n_batches, batch=4, days=7, feats=5, seed=0):
    g = torch.Generator().manual_seed(seed)
    out = []
    for _ in range(n_batches):
        x = torch.randn(batch, days, feats, generator=g)
        y = x[:, :, 0].mean(dim=1) * 0.5 + 0.1 * torch.randn(batch, generator=g)
        out.append((x, y))
    return out


def main():
    torch.manual_seed(0)
    model = StaveMoistureGRU(n_features=5, hidden=12)
    trainer = Trainer(model, make_batches(4), make_batches(2, seed=1),
                      TrainerConfig(max_epochs=2, num_sanity_val_steps=1))
    trainer.fit()


if __name__ == "__main__":
    main()
