import copy


class Rollback:
    """On a stall, replace the trainer's model with the best snapshot and
    halve the learning rate. Runs from inside validation."""

    def __init__(self, patience=1):
        self.patience = patience
        self.best = float("inf")
        self.snapshot = None
        self.stalls = 0
        self.rollbacks = 0

    def after_validation(self, trainer, metric):
        if metric < self.best - 1e-4:
            self.best, self.stalls = metric, 0
            self.snapshot = copy.deepcopy(trainer.model)
            return
        self.stalls += 1
        if self.stalls > self.patience and self.snapshot is not None:
            trainer.replace_model(copy.deepcopy(self.snapshot), lr_scale=0.5)
            self.stalls = 0
            self.rollbacks += 1
