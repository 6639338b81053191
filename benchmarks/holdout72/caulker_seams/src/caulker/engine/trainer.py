import torch
from torch import nn


class Trainer:
    def __init__(self, model, max_epochs=2, lr=1e-2, sanity_batches=1):
        self.model = model
        self.max_epochs = max_epochs
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.loss_fn = nn.BCEWithLogitsLoss()
        self.sanity_batches = sanity_batches
        self.history = []

    @torch.no_grad()
    def _sanity_check(self, loader):
        self.model.eval()
        for i, (x, y) in enumerate(loader):
            if i >= self.sanity_batches:
                break
            self.loss_fn(self.model(x), y)

    def _train_step(self, x, y):
        self.opt.zero_grad()
        loss = self.loss_fn(self.model(x), y)
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()

    def fit(self, train_loader, val_loader):
        self.model.train()
        self._sanity_check(val_loader)
        for epoch in range(self.max_epochs):
            losses = [self._train_step(x, y) for x, y in train_loader]
            self.history.append(sum(losses) / len(losses))
        return self.history
