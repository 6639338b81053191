# expect: clean
"""Assay furnace: predict ore purity from a sequence of furnace readings."""
import torch

from assay import AssayConfig, PurityNet, Trainer


def make_loader(n_batches, batch=4, steps=6, feats=5, seed=0):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(batch, steps, feats, generator=g), torch.rand(batch, 1, generator=g))
            for _ in range(n_batches)]


def main():
    cfg = AssayConfig(feats=5, hidden=8, epochs=2, lr=1e-2)
    model = PurityNet(cfg.feats, cfg.hidden)
    trainer = Trainer(cfg)
    trainer.fit(model, make_loader(3), make_loader(2, seed=1))
    print("best val", round(trainer.best_val, 4))


if __name__ == "__main__":
    main()
