import copy


class BestKeeper:
    """Keeps a deep copy of the model whenever the validation score improves."""

    def __init__(self, higher_is_better=True):
        self.sign = 1.0 if higher_is_better else -1.0
        self.best_score = None
        self.snapshot = None

    def update(self, score, net):
        if self.best_score is None or self.sign * (score - self.best_score) > 0:
            self.best_score = score
            self.snapshot = copy.deepcopy(net)
