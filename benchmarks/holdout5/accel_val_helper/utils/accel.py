import torch


class Accelerator:
    """accelerate-style facade: prepare() and backward() with gradient accumulation."""

    def __init__(self, gradient_accumulation_steps=1):
        self.gradient_accumulation_steps = gradient_accumulation_steps
        self.device = torch.device("cpu")

    def prepare(self, *objs):
        return objs

    def backward(self, loss):
        (loss / self.gradient_accumulation_steps).backward()  # TM001-here

    def print(self, *args):
        print(*args)
