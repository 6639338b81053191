import copy


class KeepBest:
    def __init__(self, monitor="val_loss"):
        self.monitor = monitor
        self.best_score = float("inf")
        self.best_module = None

    def on_validation_end(self, trainer):
        score = trainer.metrics[self.monitor]
        if score < self.best_score:
            self.best_score = score
            self.best_module = copy.deepcopy(trainer.module)

    def on_fit_end(self, trainer):
        if self.best_module is not None:
            trainer.module = self.best_module.train()
