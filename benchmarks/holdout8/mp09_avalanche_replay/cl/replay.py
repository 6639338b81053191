import random

import torch


class ReplayMixin:
    """Keeps a reservoir of past samples and warms the head on it before each experience."""

    mem_size = 8

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.buffer = []

    def _before_training_exp(self):
        super()._before_training_exp()          # model.train() happens here
        if self.buffer:
            x = torch.stack([b[0] for b in self.buffer])
            y = torch.stack([b[1] for b in self.buffer])
            self.optimizer.zero_grad()
            self.criterion(self.model(x), y).backward()
            self.optimizer.step()

    def _after_training_exp(self):
        super()._after_training_exp()
        for x, y in self.experience["train"]:
            for xi, yi in zip(x, y):
                if len(self.buffer) < self.mem_size:
                    self.buffer.append((xi, yi))
                else:
                    self.buffer[random.randrange(self.mem_size)] = (xi, yi)

    def training_batches(self):
        return self.experience["train"]
