import copy


class EarlyStopping:
    def __init__(self, patience):
        self.patience = patience
        self.best = float("inf")
        self.best_state = None
        self.bad = 0

    def on_validation_end(self, fitter, epoch, val):
        if val < self.best:
            self.best, self.bad = val, 0
            self.best_state = copy.deepcopy(fitter.model.state_dict())
        else:
            self.bad += 1
            fitter.stop = self.bad > self.patience

    def on_fit_end(self, fitter):
        if self.best_state is not None:
            fitter.model.load_state_dict(self.best_state)
