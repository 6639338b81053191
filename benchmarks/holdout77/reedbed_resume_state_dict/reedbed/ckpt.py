import os
import torch


class BestKeeper:
    def __init__(self, directory, factory):
        self.path = os.path.join(directory, "best.pt")
        self.factory = factory
        self.best = float("inf")

    def update(self, model, score):
        if score < self.best:
            self.best = score
            torch.save(model.state_dict(), self.path)
            return True
        return False

    def restore(self):
        model = self.factory()
        model.load_state_dict(torch.load(self.path))
        return model
