"""Hooks a Coach calls at the end of each epoch."""
import torch


class Validate:
    def __init__(self, batch):
        self.batch = batch
        self.history = []

    def epoch_end(self, coach):
        coach.net.eval()
        x, y = self.batch
        with torch.no_grad():
            self.history.append((coach.net(x) - y).abs().mean().item())


class Rewind:
    def epoch_end(self, coach):
        coach.net.train()
