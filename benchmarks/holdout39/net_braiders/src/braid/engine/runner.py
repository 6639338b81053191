import torch

from .modes import frozen_mode


class Runner:
    def __init__(self, task, max_epochs=1):
        self.task = task
        self.max_epochs = max_epochs

    def sanity(self):
        with frozen_mode(self.task.model), torch.no_grad():
            return self.task.score()

    def fit(self):
        print("sanity", round(self.sanity(), 3))
        for _ in range(self.max_epochs):
            for _ in range(3):
                self.task.step()
