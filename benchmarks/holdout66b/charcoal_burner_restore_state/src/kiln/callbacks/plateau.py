import copy


class RestoreBestOnPlateau:
    """Keep the best weights seen at validation; when the score stalls, load them back."""

    def __init__(self, patience=2):
        self.patience = patience
        self.best = float("inf")
        self.best_state = None
        self.bad = 0

    def on_validation_end(self, engine, score):
        if score < self.best:
            self.best, self.bad = score, 0
            self.best_state = copy.deepcopy(engine.model.state_dict())
            return
        self.bad += 1
        if self.bad > self.patience and self.best_state is not None:
            engine.model.load_state_dict(self.best_state)
            engine.swap_model(engine.model)
            self.bad = 0
