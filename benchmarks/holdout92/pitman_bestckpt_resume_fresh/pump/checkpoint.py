import os

import torch


class BestKeeper:
    def __init__(self, path):
        self.path = path
        self.best = float("inf")

    def update(self, model, score):
        if score < self.best:
            self.best = score
            torch.save(model, self.path)
            return True
        return False

    def cleanup(self):
        if os.path.exists(self.path):
            os.remove(self.path)


def restore(path, factory=None):
    """Load the best weights back into a freshly built model for more training."""
    best = torch.load(path, weights_only=False)
    model = factory()
    model.load_state_dict(best.state_dict())
    return model
