# expect: crash
"""Tidal-mill wheel RPM forecaster: entry script."""
import logging

import torch

from tidalmill import MillTrainer, WheelModel
from tidalmill.utils import evaluate_rmse

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger("tidalmill")


class ValidatingTrainer(MillTrainer):
    def on_epoch_end(self, epoch):
        rmse = evaluate_rmse(self.model, self.val_batch)
        log.info("epoch %d val rmse %.4f", epoch, rmse)


def main():
    torch.manual_seed(3)
    batches = [(torch.randn(4, 8, 2), torch.randn(4, 1)) for _ in range(3)]
    val_batch = (torch.randn(4, 8, 2), torch.randn(4, 1))
    trainer = ValidatingTrainer(WheelModel(), lr=1e-2, val_batch=val_batch)
    trainer.fit(batches, epochs=2)
    log.info("finished")


if __name__ == "__main__":
    main()
