import copy

from .loop import Trainer


class BestTrackingTrainer(Trainer):
    def __init__(self, max_epochs=1):
        super().__init__(max_epochs)
        self.best = float("inf")
        self.best_state = None

    def on_validation_end(self, val_loss):
        if val_loss < self.best:
            self.best = val_loss
            self.best_state = copy.deepcopy(self.module.state_dict())
