import copy


class EarlyStopping:
    """Stops when the monitored loss has not improved for `patience` epochs; keeps the best model."""

    def __init__(self, patience=1, min_delta=0.0):
        self.patience, self.min_delta = patience, min_delta
        self.best_loss = float("inf")
        self.best_model = None
        self.counter = 0

    def step(self, loss, model):
        if loss < self.best_loss - self.min_delta:
            self.best_loss, self.counter = loss, 0
            self.best_model = copy.deepcopy(model)
            return False
        self.counter += 1
        return self.counter > self.patience
