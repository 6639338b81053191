import torch.nn as nn

from utils import evaluating


class System(nn.Module):
    """asteroid.engine.System: owns model, optimizer, loss; common_step shared by train and val."""

    def __init__(self, model, optimizer, loss_func, train_loader, val_loader=None):
        super().__init__()
        self.model = model
        self.optimizer = optimizer
        self.loss_func = loss_func
        self.train_loader = train_loader
        self.val_loader = val_loader

    def forward(self, *args, **kwargs):
        return self.model(*args, **kwargs)

    def common_step(self, batch, batch_nb, train=True):
        mix, sources = batch
        est = self(mix)
        n = min(est.size(-1), sources.size(-1))
        return self.loss_func(est[..., :n], sources[..., :n])

    def training_step(self, batch, batch_nb):
        loss = self.common_step(batch, batch_nb, train=True)
        self.optimizer.zero_grad()
        loss.backward()
        self.optimizer.step()
        return loss.item()

    def validation_step(self, batch, batch_nb):
        return self.common_step(batch, batch_nb, train=False).item()

    def fit(self, epochs):
        self.train()
        for ep in range(epochs):
            for i, b in enumerate(self.train_loader):
                self.training_step(b, i)
            with evaluating(self):
                val = [self.validation_step(b, i) for i, b in enumerate(self.val_loader)]
            print("epoch", ep, "val", round(sum(val) / len(val), 4))
