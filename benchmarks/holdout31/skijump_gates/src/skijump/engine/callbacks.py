import copy


class Callback:
    def on_validation_end(self, trainer, metric):
        pass

    def on_epoch_end(self, trainer, epoch):
        pass


class EarlyStopping(Callback):
    """Tracks the best validation metric. With restore_best it rolls the
    trainer back to the best snapshot when patience runs out, and lets
    training carry on from there with a smaller learning rate."""

    def __init__(self, patience=2, restore_best=True):
        self.patience = patience
        self.restore_best = restore_best
        self.best = float("inf")
        self.best_model = None
        self.bad = 0

    def on_validation_end(self, trainer, metric):
        if metric < self.best:
            self.best = metric
            self.bad = 0
            # snapshot taken while the trainer is still inside validation
            self.best_model = copy.deepcopy(trainer.model)
            return
        self.bad += 1

    def on_epoch_end(self, trainer, epoch):
        if self.bad > self.patience and self.restore_best and self.best_model is not None:
            trainer.swap_model(self.best_model)
            for group in trainer.optimizer.param_groups:
                group["lr"] *= 0.5
            self.bad = 0
