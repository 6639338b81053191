"""Project-specific trainer: metric resets and early stopping with a state-dict reload."""
import copy
import logging

from .engine import BaseTrainer

log = logging.getLogger("drover")


class DroverTrainer(BaseTrainer):
    def __init__(self, model, config):
        super().__init__(model, config)
        self.best = float("inf")
        self.best_state = None
        self.bad_epochs = 0
        self.running = {}

    def on_epoch_start(self, epoch):
        super().on_epoch_start(epoch)
        self.running = {"seen": 0}
        log.info("epoch %d starting", epoch)

    def on_validation_end(self, epoch, logs):
        if logs["val_mse"] < self.best:
            self.best = logs["val_mse"]
            self.best_state = copy.deepcopy(self.model.state_dict())
            self.bad_epochs = 0
        else:
            self.bad_epochs += 1
            if self.bad_epochs >= self.config["patience"]:
                self.model.load_state_dict(self.best_state)
                self.bad_epochs = 0
