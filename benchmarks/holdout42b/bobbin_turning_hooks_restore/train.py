# expect: clean
"""Bobbin turning lathe chatter: trainer with epoch hooks overridden in a subclass."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))

import torch  # noqa: E402
from bobbin import LatheNet, Trainer  # noqa: E402


class ValidatingTrainer(Trainer):
    def on_epoch_end(self, epoch):
        self.model.eval()
        with torch.no_grad():
            x, y = self.batch()
            val = self.loss_fn(self.model(x), y).item()
        self.history.append(val)
        self.model.train()
        print(f"epoch {epoch} val {val:.4f}")


if __name__ == "__main__":
    torch.manual_seed(4)
    cfg = {"feat": 3, "hidden": 8, "batch": 4, "seq": 6, "epochs": 3, "lr": 0.01}
    model = LatheNet(cfg["feat"], cfg["hidden"])
    ValidatingTrainer(model, cfg).fit()
