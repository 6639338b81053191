# expect: crash
"""Lamp trimmers' wick-burn model: a logging callback computes input saliency with jacrev."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import jacrev


class WickNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 6, batch_first=True)
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1]).squeeze(-1)


class SaliencyLogger:
    def __init__(self, probe):
        self.probe = probe
        self.history = []

    def on_epoch_end(self, trainer, epoch):
        model = trainer.model
        jac = jacrev(lambda inp: model(inp).sum())(self.probe)  # TM002-here
        self.history.append(jac.abs().sum((0, 2)))
        print(f"epoch {epoch}: most salient step {int(self.history[-1].argmax())}")


class Trainer:
    def __init__(self, model, callbacks=()):
        self.model = model
        self.callbacks = list(callbacks)
        self.opt = torch.optim.Adam(model.parameters(), lr=1e-2)

    def fit(self, x, y, epochs=2):
        for epoch in range(epochs):
            self.model.train()
            loss = F.mse_loss(self.model(x), y)
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
            for cb in self.callbacks:
                cb.on_epoch_end(self, epoch)


def main():
    torch.manual_seed(18)
    x, y = torch.randn(5, 8, 2), torch.randn(5)
    Trainer(WickNet(), [SaliencyLogger(x[:2])]).fit(x, y)


if __name__ == "__main__":
    main()
