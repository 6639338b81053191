# expect: crash
"""Train the hive-weight GRU with a trainer subclass that logs swarm alerts."""
import logging
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402
from hivescale import HiveGRU, Trainer, synthetic_hive_batches  # noqa: E402

logging.basicConfig(level=logging.INFO, format="%(name)s %(message)s")


class SwarmAlertTrainer(Trainer):
    """Adds a swarm alert when validation loss jumps; overrides two hooks."""

    swarm_threshold = 2.0

    def on_epoch_end(self, train_loss):
        super().on_epoch_end(train_loss)
        logging.getLogger("swarm").info("epoch %d done, lr %.3g", self.epoch,
                                        self.optimizer.param_groups[0]["lr"])

    def on_validation_end(self, val_loss):
        self.history["val"].append(val_loss)
        if len(self.history["val"]) > 1 and val_loss > self.swarm_threshold * self.history["val"][-2]:
            logging.getLogger("swarm").warning("possible swarm: val loss jumped to %.3f", val_loss)


def main():
    torch.manual_seed(0)
    model = HiveGRU(hidden=12)
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    trainer = SwarmAlertTrainer(model, opt, torch.nn.functional.mse_loss, max_epochs=3)
    hist = trainer.fit(synthetic_hive_batches(3), synthetic_hive_batches(2, seed=1))
    print("history", {k: [round(v, 3) for v in vs] for k, vs in hist.items()})


if __name__ == "__main__":
    main()
