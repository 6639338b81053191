import logging

from .loop import Engine

log = logging.getLogger(__name__)


class MeshEngine(Engine):
    """Keeps the best validation loss and logs it."""

    def on_validation_end(self, metrics):
        if metrics["val_loss"] < self.best:
            self.best = metrics["val_loss"]
            log.info("new best %.4f at step %d", self.best, metrics["step"])
        super().on_validation_end(metrics)

    def on_epoch_end(self, epoch):
        log.info("epoch %d done, best %.4f", epoch, self.best)
