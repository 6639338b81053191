# expect: crash
"""Entry point: warm-up trainer for the flicker model."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))

import torch  # noqa: E402

from lampwright import Trainer, build_model  # noqa: E402

torch.manual_seed(6)

CONFIG = {"model": {"name": "flicker_lstm", "hidden": 8, "layers": 2}, "lr": 5e-3, "epochs": 3, "warmup": 2}


class WarmupTrainer(Trainer):
    def __init__(self, model, warmup, **kw):
        super().__init__(model, **kw)
        self.warmup = warmup
        self.base_lr = kw.get("lr", 1e-2)

    def on_epoch_start(self, epoch):
        scale = min(1.0, (epoch + 1) / self.warmup)
        for g in self.opt.param_groups:
            g["lr"] = self.base_lr * scale

    def on_validation_end(self, epoch, acc):
        super().on_validation_end(epoch, acc)
        print(f"epoch {epoch} val_acc {acc:.2f}")


def main():
    model = build_model(CONFIG["model"])
    trainer = WarmupTrainer(model, CONFIG["warmup"], lr=CONFIG["lr"], epochs=CONFIG["epochs"])
    trainer.fit()


if __name__ == "__main__":
    main()
