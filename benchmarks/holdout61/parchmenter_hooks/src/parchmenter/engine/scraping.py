import logging

from .loop import BaseLoop

log = logging.getLogger(__name__)


class ScrapingLoop(BaseLoop):
    """Keeps the best validation loss; logs instead of the base bookkeeping."""

    best = float("inf")

    def on_validation_end(self, val_loss):
        if val_loss < self.best:
            self.best = val_loss
        log.info("step %d val %.4f best %.4f", self.step, val_loss, self.best)
