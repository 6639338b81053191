"""Early stopping that remembers the best model object seen during validation."""
import copy


class EarlyStopping:
    def __init__(self, patience=2, min_delta=0.0):
        self.patience = patience
        self.min_delta = min_delta
        self.best_score = None
        self.best_model = None
        self.counter = 0
        self.should_stop = False

    def __call__(self, val_loss, model):
        if self.best_score is None or val_loss < self.best_score - self.min_delta:
            self.best_score = val_loss
            self.best_model = copy.deepcopy(model)
            self.counter = 0
        else:
            self.counter += 1
            self.should_stop = self.counter >= self.patience
