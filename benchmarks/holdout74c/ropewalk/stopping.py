"""Early stopping that keeps the best weights in memory and reloads them."""
import copy


class EarlyStopping:
    def __init__(self, patience=1):
        self.patience = patience
        self.best = float("inf")
        self.best_state = None
        self.bad = 0

    def step(self, score, model):
        if score < self.best:
            self.best, self.bad = score, 0
            self.best_state = copy.deepcopy(model.state_dict())
        else:
            self.bad += 1
        return self.bad > self.patience

    def restore(self, model):
        model.load_state_dict(self.best_state)
        model.eval()  # the restored model is used for reporting
        return model
