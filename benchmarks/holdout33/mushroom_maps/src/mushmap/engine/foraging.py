from .trainer import Trainer
from .saliency import stop_saliency


class ForagingTrainer(Trainer):
    """Adds a per-stop saliency summary after every validation."""

    def on_validation_end(self, epoch, metrics, val_batches):
        x, _ = val_batches[0]
        sal = stop_saliency(self.model, x)
        metrics["hot_stop"] = int(sal.argmax())
