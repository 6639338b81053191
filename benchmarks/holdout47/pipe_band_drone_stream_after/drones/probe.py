import torch


class ProbeLog:
    def __init__(self, sample):
        self.sample = sample
        self.errors = []

    def __call__(self, model):
        x, cents = self.sample
        with torch.no_grad():
            self.errors.append((model(x) - cents).abs().mean().item())
