"""A scikit-style estimator that owns the model: fit() puts it in train mode at the start of every epoch,
predict() puts it in eval mode."""
import torch
import torch.nn as nn


class Estimator:
    def __init__(self, model, config):
        self.model = model
        self.config = config
        self.optimizer = torch.optim.SGD(model.parameters(), lr=0.1)

    def predict(self, x):
        self.model.eval()
        with torch.no_grad():
            return self.model(x).argmax(-1)

    def fit(self):
        for epoch in range(1, self.config.epochs + 1):
            self.model.train()
            x, y = torch.randn(4, 6, 3), torch.randint(0, 2, (4,))
            loss = nn.functional.cross_entropy(self.model(x), y)
            self.optimizer.zero_grad()
            loss.backward()
            self.optimizer.step()
            for cb in self.config.callbacks:
                cb(self, epoch=epoch)
        return self
