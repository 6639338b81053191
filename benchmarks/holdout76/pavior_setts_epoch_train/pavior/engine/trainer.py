import torch
from torch import nn


class Trainer:
    def __init__(self, max_epochs=1, lr=1e-3, num_sanity_val_steps=2):
        self.max_epochs = max_epochs
        self.lr = lr
        self.num_sanity_val_steps = num_sanity_val_steps
        self.history = []

    def _validate(self, model, loader, limit=None):
        model.eval()
        total, count = 0.0, 0
        with torch.no_grad():
            for i, (x, y) in enumerate(loader):
                if limit is not None and i >= limit:
                    break
                total += nn.functional.mse_loss(model(x), y).item()
                count += 1
        return total / max(count, 1)

    def _train_epoch(self, model, loader, opt):
        running = 0.0
        for x, y in loader:
            opt.zero_grad()
            loss = nn.functional.mse_loss(model(x), y)
            loss.backward()
            opt.step()
            running += loss.item()
        return running / len(loader)

    def fit(self, model, train_loader, val_loader):
        opt = torch.optim.Adam(model.parameters(), lr=self.lr)
        model.train()
        if self.num_sanity_val_steps:
            self._validate(model, val_loader, limit=self.num_sanity_val_steps)
        for epoch in range(self.max_epochs):
            model.train()
            tr = self._train_epoch(model, train_loader, opt)
            va = self._validate(model, val_loader)
            self.history.append({"epoch": epoch, "train": tr, "val": va})
        return self.history
