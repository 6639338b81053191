from .trainer import Trainer


class YieldTrainer(Trainer):
    """Keeps the best validation loss seen so far."""

    best = float("inf")

    def on_validation_end(self, epoch, val_loss):
        if val_loss < self.best:
            self.best = val_loss
            print(f"new best at epoch {epoch}: {val_loss:.4f}")
