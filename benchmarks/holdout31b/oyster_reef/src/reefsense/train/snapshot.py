import copy

import torch
import torch.nn.functional as F


class Snapshot:
    """Keeps a frozen copy of the best weights seen so far."""

    def __init__(self, model):
        self.model = copy.deepcopy(model)
        self.model.eval()
        self.val = None

    def update(self, model):
        self.model.load_state_dict(model.state_dict())

    @torch.no_grad()
    def score(self, model, val):
        x, y = val
        model.eval()
        return F.mse_loss(model(x), y).item()
