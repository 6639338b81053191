import copy

import torch

from .data import route_batch


class EarlyStopFit:
    def __init__(self, model, patience=2, max_epochs=5):
        self.model = model
        self.patience = patience
        self.max_epochs = max_epochs
        self.best_score = float("inf")
        self.best_model = None
        self.opt = torch.optim.Adam(model.parameters(), lr=1e-2)

    def evaluate(self):
        self.model.eval()
        with torch.no_grad():
            x, y = route_batch(1234, n=8)
            return torch.nn.functional.l1_loss(self.model(x), y).item()

    def run(self):
        bad = 0
        for epoch in range(self.max_epochs):
            self.model.train()
            for step in range(3):
                x, y = route_batch(epoch * 7 + step)
                loss = torch.nn.functional.l1_loss(self.model(x), y)
                self.opt.zero_grad()
                loss.backward()
                self.opt.step()
            score = self.evaluate()
            if score < self.best_score:
                self.best_score, self.best_model, bad = score, copy.deepcopy(self.model), 0
            else:
                bad += 1
                if bad >= self.patience:
                    break
        return self.best_model
