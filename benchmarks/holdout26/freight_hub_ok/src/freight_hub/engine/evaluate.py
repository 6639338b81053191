import torch
import torch.nn.functional as F


class Evaluator:
    def __init__(self, model):
        self.model = model

    @torch.no_grad()
    def __call__(self, lanes):
        self.model.eval()
        return sum(F.l1_loss(self.model(x), y).item() for x, y in lanes) / len(lanes)
