import torch
import torch.nn.functional as F


class Trainer:
    """Minimal trainer with overridable hooks."""

    def __init__(self, model, lr=1e-2, epochs=3, steps=3):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.epochs = epochs
        self.steps = steps
        self.val_acc = []

    # ---- hooks -------------------------------------------------------
    def on_epoch_start(self, epoch):
        self.model.train()

    def on_validation_end(self, epoch, acc):
        self.val_acc.append(acc)

    def on_epoch_end(self, epoch):
        pass

    # ---- data --------------------------------------------------------
    def batch(self, n=6):
        x = torch.randn(n, 8, 3)
        y = (x[..., 1].sum(1) > 0).long()
        return x, y

    # ---- loops -------------------------------------------------------
    def training_step(self, x, y):
        loss = F.cross_entropy(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()

    def validate(self, epoch):
        self.model.eval()
        with torch.no_grad():
            x, y = self.batch(8)
            acc = (self.model(x).argmax(1) == y).float().mean().item()
        self.on_validation_end(epoch, acc)

    def fit(self):
        for epoch in range(self.epochs):
            self.on_epoch_start(epoch)
            for _ in range(self.steps):
                self.training_step(*self.batch())
            self.validate(epoch)
            self.on_epoch_end(epoch)
        return self.val_acc
