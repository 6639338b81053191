import copy

import torch


class Validation:
    def __init__(self, loader):
        self.loader = loader

    def on_epoch_end(self, state):
        state.model.eval()
        with torch.no_grad():
            losses = [torch.nn.functional.mse_loss(state.model(x), y) for x, y in self.loader]
        state.metrics["val_loss"] = torch.stack(losses).mean().item()


class EarlyStopping:
    def __init__(self, patience=3):
        self.patience = patience
        self.best = float("inf")
        self.best_state = None
        self.wait = 0

    def on_epoch_end(self, state):
        current = state.metrics["val_loss"]
        if current < self.best:
            self.best = current
            self.best_state = copy.deepcopy(state.model.state_dict())
            self.wait = 0
        else:
            self.wait += 1
            state.model.load_state_dict(self.best_state)
            if self.wait >= self.patience:
                state.stop = True
