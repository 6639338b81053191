import copy

from .loop import Trainer


class EarlyStopTrainer(Trainer):
    def __init__(self, model, patience=2, **kwargs):
        super().__init__(model, **kwargs)
        self.patience = patience
        self.best = float("inf")
        self.best_state = None
        self.bad_epochs = 0

    def on_validation_end(self, epoch, val_loss):
        if val_loss < self.best:
            self.best = val_loss
            self.best_state = copy.deepcopy(self.model.state_dict())
            self.bad_epochs = 0
        else:
            self.bad_epochs += 1
            self.model.load_state_dict(self.best_state)
