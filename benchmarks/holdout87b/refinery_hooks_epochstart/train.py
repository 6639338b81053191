# expect: clean
"""Lamp-oil refinery: viscosity forecasting, with a trainer subclass validating at each epoch end."""
import sys
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))
from refinery import Trainer, build_model  # noqa: E402


class ValidatingTrainer(Trainer):
    def __init__(self, model, val, **kw):
        super().__init__(model, **kw)
        self.val = val

    def on_epoch_end(self, epoch, loss):
        super().on_epoch_end(epoch, loss)
        self.model.eval()
        with torch.no_grad():
            x, y = self.val
            mse = torch.nn.functional.mse_loss(self.model(x), y).item()
        self.on_validation_end(epoch, mse)

    def on_epoch_start(self, epoch):
        self.model.train()

    def on_validation_end(self, epoch, metric):
        print(f"epoch {epoch} train {self.history[-1]:.4f} val {metric:.4f}")


def main():
    torch.manual_seed(5)
    loader = [(torch.randn(4, 6, 3), torch.randn(4, 1)) for _ in range(3)]
    val = (torch.randn(4, 6, 3), torch.randn(4, 1))
    ValidatingTrainer(build_model("lstm"), val, epochs=3).fit(loader)


if __name__ == "__main__":
    main()
