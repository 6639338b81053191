import copy

from .trainer import BaseTrainer


class WeavePatternTrainer(BaseTrainer):
    def __init__(self, model, **kw):
        super().__init__(model, **kw)
        self.best_acc = -1.0
        self.best_state = None
        self.bad_epochs = 0

    def on_epoch_end(self, train_loss):
        print(f"epoch {self.epoch} loss {train_loss:.4f}")

    def on_validation_end(self, metrics):
        if metrics["acc"] > self.best_acc:
            self.best_acc = metrics["acc"]
            self.best_state = copy.deepcopy(self.model.state_dict())
            self.bad_epochs = 0
        else:
            self.bad_epochs += 1
