import os
import torch


class BestKeeper:
    def __init__(self, directory):
        self.path = os.path.join(directory, "best.pt")
        self.best = float("inf")

    def update(self, model, score):
        if score < self.best:
            self.best = score
            torch.save(model, self.path)
            return True
        return False

    def restore(self):
        return torch.load(self.path, weights_only=False)
