# expect: crash
"""Almonry need forecaster: how many loaves each parish will ask for next week.

Entry point.  The engine lives in src/almonry; the hooks of the base trainer
are overridden by the AlmonerTrainer below.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from almonry import BaseTrainer, ParishNeedModel, parish_weeks  # noqa: E402
from almonry.engine import reweight_step  # noqa: E402


class AlmonerTrainer(BaseTrainer):
    """Adds the almoner's habit: after every audit, lean the model towards the
    parishes it under-served by one weighted step on the audit weeks."""

    def on_validation_end(self, metrics):
        super().on_validation_end(metrics)
        xs, ys = self.val_data
        short = (self.last_val_pred < ys).float() + 0.5
        reweight_step(self.model, self.optimizer, xs, ys, short)

    def on_epoch_end(self, epoch, loss):
        print(f"[almoner] epoch {epoch} train loss {loss:.4f}")


def main():
    torch.manual_seed(4)
    train = parish_weeks(24, seed=0)
    val = parish_weeks(8, seed=1)
    model = ParishNeedModel(hidden=10)
    trainer = AlmonerTrainer(model, lr=5e-3, epochs=2)
    trainer.fit(train, val)
    print("history", [round(m["val_mae"], 3) for m in trainer.history])


if __name__ == "__main__":
    main()
