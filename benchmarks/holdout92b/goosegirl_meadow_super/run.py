# expect: clean
"""Goosegirl meadow: predict grazing-patch choice from GPS tracks of a goose flock.

Entry point; the trainer lives in src/goosegirl/engine, the model in src/goosegirl/models.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from goosegirl import MeadowTrainer, build_model  # noqa: E402


class LoggingTrainer(MeadowTrainer):
    """Adds a history line after every validation."""

    def on_validation_end(self, metrics):
        super().on_validation_end(metrics)
        print(f"epoch {self.epoch}: val_loss={metrics['loss']:.4f} acc={metrics['acc']:.2f}")


def make_data(n=8, t=6, d=4, k=3):
    g = torch.Generator().manual_seed(7)
    return torch.randn(n, t, d, generator=g), torch.randint(0, k, (n,), generator=g)


def main():
    torch.manual_seed(7)
    cfg = {"hidden": 8, "n_in": 4, "n_patches": 3, "lr": 0.01, "epochs": 3, "batch": 4}
    model = build_model(cfg)
    trainer = LoggingTrainer(model, cfg)
    trainer.fit(make_data(), make_data(4))


if __name__ == "__main__":
    main()
