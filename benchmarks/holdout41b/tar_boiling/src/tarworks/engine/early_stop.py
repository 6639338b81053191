import copy

from .loop import Trainer


class EarlyStopTrainer(Trainer):
    """Keeps the best weights; scores them in inference mode when validation improves."""

    def __init__(self, model, cfg):
        super().__init__(model, cfg)
        self.best = float("inf")
        self.best_state = None

    def on_validation_end(self, epoch, val_loss):
        super().on_validation_end(epoch, val_loss)
        if val_loss < self.best:
            self.best = val_loss
            self.model.eval()
            self.best_state = copy.deepcopy(self.model.state_dict())
