"""Tiny trainer used by the button-makers notebook (horn vs. shell vs. bone from lathe vibration)."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class LatheLSTM(nn.Module):
    def __init__(self, n_in=3, hidden=8, n_cls=3):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.fc = nn.Linear(hidden, n_cls)

    def forward(self, x):
        out, (h, c) = self.lstm(x)
        return self.fc(self.drop(h[-1]))


class Trainer:
    def __init__(self, model, lr=1e-2):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.log = []

    def fit(self, x, y, epochs=3, bs=8):
        self.model.train()
        for ep in range(epochs):
            for i in range(0, len(x), bs):
                self.opt.zero_grad()
                loss = F.cross_entropy(self.model(x[i:i + bs]), y[i:i + bs])
                loss.backward()
                self.opt.step()
            self.log.append(loss.item())

    def validate(self, x, y):
        self.model.eval()
        try:
            with torch.no_grad():
                return (self.model(x).argmax(-1) == y).float().mean().item()
        finally:
            self.model.train()

    def input_grad(self, x, y):
        """Gradient of the loss w.r.t. the input, for FGSM."""
        x = x.clone().requires_grad_(True)
        loss = F.cross_entropy(self.model(x), y)
        g, = torch.autograd.grad(loss, x)
        return g
