import logging

from .base import BaseTrainer

log = logging.getLogger(__name__)


class RelevanceTrainer(BaseTrainer):
    """Adds gradient*input relevance per feature after each validation."""

    def on_validation_end(self, epoch, val_loss):
        x, _ = self.val_batch
        x = x.clone().requires_grad_(True)
        out = self.model(x)
        out.sum().backward()  # TM001-here
        rel = (x.grad * x).abs().mean(dim=(0, 1))
        self.model.zero_grad()
        log.info("epoch %d val %.4f relevance %s", epoch, val_loss, rel.tolist())
