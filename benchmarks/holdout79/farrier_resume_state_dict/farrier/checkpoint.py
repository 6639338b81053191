import torch


class BestKeeper:
    def __init__(self, path):
        self.path = path
        self.best = float("inf")

    def update(self, model, val_loss):
        if val_loss < self.best:
            self.best = val_loss
            torch.save(model.state_dict(), self.path)

    def load(self):
        return torch.load(self.path, weights_only=True)
