# expect: crash
"""Girdler belt-tension classifier: a hook-based trainer subclassed for mid-epoch validation."""
import torch

from girdler.base import HookTrainer
from girdler.task import BeltTask


class MidEpochTrainer(HookTrainer):
    """Validates every `val_every` batches so the curves look smoother."""

    val_every = 3

    def on_batch_end(self, step, loss):
        super().on_batch_end(step, loss)
        if step % self.val_every == 0:
            self.run_validation()

    def on_validation_end(self, metrics):
        # the base class would put the model back in train mode; we only log
        self.history.append(metrics)


def main():
    torch.manual_seed(1)
    task = BeltTask(n_feat=5, hidden=8, n_cls=3)
    trainer = MidEpochTrainer(task, max_epochs=1)
    trainer.fit()
    print("val history", [round(m["acc"], 2) for m in trainer.history])


if __name__ == "__main__":
    main()
