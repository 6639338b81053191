from .base import BaseTrainer


class GrainTrainer(BaseTrainer):
    """Adds accuracy logging after each validation pass."""

    def on_validation_end(self, epoch, acc):
        print(f"epoch {epoch} val_acc {acc:.3f}")
        self.last_acc = acc
