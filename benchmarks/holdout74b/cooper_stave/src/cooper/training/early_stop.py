import copy


class EarlyStopper:
    def __init__(self, patience=1):
        self.patience = patience
        self.best = float("inf")
        self.best_state = None
        self.bad = 0

    def update(self, model, val_loss):
        if val_loss < self.best:
            self.best = val_loss
            self.best_state = copy.deepcopy(model.state_dict())
            self.bad = 0
        else:
            self.bad += 1
        return self.bad > self.patience

    def restore(self, model):
        model.load_state_dict(self.best_state)
        return model
