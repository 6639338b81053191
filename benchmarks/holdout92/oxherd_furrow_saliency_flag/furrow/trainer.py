import torch
from torch import nn


class HookedTrainer:
    def __init__(self, callbacks, epochs=2, lr=1e-2):
        self.callbacks = callbacks
        self.epochs = epochs
        self.lr = lr
        self.epoch = 0
        self.last_loss = float("nan")

    def fire(self, event, model):
        for cb in self.callbacks:
            hook = getattr(cb, f"on_{event}", None)
            if hook is not None:
                hook(self, model)

    def fit(self, model, batches):
        opt = torch.optim.Adam(model.parameters(), lr=self.lr)
        model.train()
        for self.epoch in range(self.epochs):
            for x, y in batches:
                opt.zero_grad()
                loss = nn.functional.mse_loss(model(x), y)
                loss.backward()
                opt.step()
                self.last_loss = loss.item()
            self.fire("epoch_end", model)
        return model
