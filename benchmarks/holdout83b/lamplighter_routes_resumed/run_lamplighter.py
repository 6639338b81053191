# expect: clean
"""Lamplighter routes: predict lamp-lighting duration per street from a GRU over gas-pressure readings."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))

import torch  # noqa: E402

from lamplighter import CONFIG, build_model, RouteTrainer  # noqa: E402


class EarlyStopTrainer(RouteTrainer):
    def on_validation_end(self, val_loss):
        if val_loss < self.best:
            self.best = val_loss
            self.best_state = {k: v.clone() for k, v in self.model.state_dict().items()}
        print(f"  val {val_loss:.4f} (best {self.best:.4f})")
        self.model.train()  # back to fitting for the rest of the epoch


def main():
    torch.manual_seed(3)
    model = build_model(CONFIG["model"])
    trainer = EarlyStopTrainer(model, CONFIG["engine"])
    trainer.fit()
    print("finished, best", trainer.best)


if __name__ == "__main__":
    main()
