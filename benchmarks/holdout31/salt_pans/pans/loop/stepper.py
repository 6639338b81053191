import torch
from torch.nn import functional as F


class StepTrainer:
    """Iterating the trainer runs one optimisation step per item."""

    def __init__(self, model, data, lr=1e-3, epochs=1, batch_size=4):
        self.model, self.data = model, data
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.epochs, self.batch_size = epochs, batch_size

    def __iter__(self):
        self.model.train()
        x, y = self.data
        for epoch in range(self.epochs):
            for i in range(0, len(x), self.batch_size):
                xb, yb = x[i:i + self.batch_size], y[i:i + self.batch_size]
                out = self.model(xb)
                loss = F.mse_loss(out, yb.unsqueeze(-1).expand_as(out))
                self.opt.zero_grad()
                loss.backward()
                self.opt.step()
                yield {"epoch": epoch, "loss": loss.item()}
