# expect: crash
import os
import sys

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from buckle import Trainer, build_model  # noqa: E402

CONFIG = {"n_in": 3, "hidden": 6, "epochs": 3, "lr": 0.05}


class BuckleTrainer(Trainer):
    def on_validation_end(self, epoch, val_loss):
        best = min(self.metrics["val"])
        if val_loss <= best:
            self.best_epoch = epoch

    def on_epoch_end(self, epoch):
        print(f"epoch {epoch}: train={self.metrics['train'][-1]:.4f} val={self.metrics['val'][-1]:.4f}")


def batches(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 7, 3, generator=g), torch.randn(4, 1, generator=g)) for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(1)
    trainer = BuckleTrainer(build_model(CONFIG), CONFIG)
    trainer.fit(batches(3, 0), batches(2, 1))
    print("best epoch", trainer.best_epoch)
