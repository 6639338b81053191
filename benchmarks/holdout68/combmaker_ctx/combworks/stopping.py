class PlateauReached(Exception):
    pass


class Plateau:
    """Raises once the validation loss stops improving; the caller decides what to do next."""

    def __init__(self, patience=1):
        self.best = float("inf")
        self.bad = 0
        self.patience = patience

    def __call__(self, value):
        if value < self.best - 1e-9:
            self.best, self.bad = value, 0
            return
        self.bad += 1
        if self.bad >= self.patience:
            raise PlateauReached(value)
