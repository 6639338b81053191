import copy


class RestoreBestOnPlateau:
    """Keep the best model seen at validation; when the score stalls, go back to it."""

    def __init__(self, patience=2):
        self.patience = patience
        self.best = float("inf")
        self.best_model = None
        self.bad = 0

    def on_validation_end(self, engine, score):
        if score < self.best:
            self.best, self.bad = score, 0
            self.best_model = copy.deepcopy(engine.model)
            return
        self.bad += 1
        if self.bad > self.patience and self.best_model is not None:
            engine.swap_model(copy.deepcopy(self.best_model))
            self.bad = 0
