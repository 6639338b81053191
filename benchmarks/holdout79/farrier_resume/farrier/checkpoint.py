import torch


class BestKeeper:
    def __init__(self, path):
        self.path = path
        self.best = float("inf")

    def update(self, model, val_loss):
        if val_loss < self.best:
            self.best = val_loss
            torch.save(model, self.path)  # whole object, the way the old scripts did it

    def load(self):
        return torch.load(self.path, weights_only=False)
