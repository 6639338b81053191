"""Tiny trainer for the milking-yield notebook."""
import logging
import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("cowherd")


class YieldLSTM(nn.Module):
    def __init__(self, n_in=5, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h.mean(1)).squeeze(-1)


class Trainer:
    def __init__(self, model, lr=1e-2):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.history = []

    def fit(self, x, y, epochs=3, bs=6):
        for ep in range(epochs):
            self.model.train()
            for i in range(0, len(x), bs):
                loss = F.mse_loss(self.model(x[i:i + bs]), y[i:i + bs])
                self.opt.zero_grad(); loss.backward(); self.opt.step()
            self.history.append(self.validate(x, y))
            log.info("epoch %d val %.4f", ep, self.history[-1])
        return self

    def validate(self, x, y):
        self.model.eval()
        with torch.no_grad():
            return F.mse_loss(self.model(x), y).item()

    def feature_importance(self, x):
        """Gradient x input, averaged over cows and days."""
        x = x.clone().requires_grad_(True)
        pred = self.model(x)
        grads, = torch.autograd.grad(pred.sum(), x)  # TM001-here
        return (grads * x).detach().abs().mean((0, 1))
