import copy

import torch
import torch.nn.functional as F


class Engine:
    """Config-driven loop with early stopping that reloads the best weights."""

    def __init__(self, model, cfg):
        self.model = model
        self.cfg = cfg
        self.opt = torch.optim.SGD(model.parameters(), lr=cfg["lr"])
        self.best = (float("inf"), None)
        self.bad_epochs = 0

    def step(self, x, y):
        self.opt.zero_grad()
        loss = F.mse_loss(self.model(x), y)
        loss.backward()
        self.opt.step()
        return loss.item()

    def evaluate(self, data):
        self.model.eval()
        with torch.no_grad():
            return sum(F.mse_loss(self.model(x), y).item() for x, y in data) / len(data)

    def maybe_stop(self, val_loss):
        if val_loss < self.best[0]:
            self.best = (val_loss, copy.deepcopy(self.model.state_dict()))
            self.bad_epochs = 0
            return False
        self.bad_epochs += 1
        if self.bad_epochs >= self.cfg["patience"]:
            self.model.load_state_dict(self.best[1])
            return True
        return False

    def run(self, train, val):
        for epoch in range(self.cfg["epochs"]):
            self.model.train()
            losses = [self.step(x, y) for x, y in train]
            v = self.evaluate(val)
            print(f"epoch {epoch} train {sum(losses)/len(losses):.4f} val {v:.4f}")
            if self.maybe_stop(v):
                print("early stop, reloaded best")
                break
        return self.best[0]
