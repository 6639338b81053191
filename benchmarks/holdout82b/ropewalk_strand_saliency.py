# expect: crash
"""Ropewalk strand tension: saliency computed inside an epoch-end logging callback after validation."""
import torch
import torch.nn as nn

torch.manual_seed(1)


class StrandLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 6, batch_first=True)
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1]).squeeze(-1)


class SaliencyLogger:
    def on_epoch_end(self, model, batch):
        x = batch.clone().requires_grad_(True)
        model(x).sum().backward()  # TM001-here
        print("saliency", x.grad.abs().mean().item())


class Trainer:
    def __init__(self, model, callbacks):
        self.model, self.callbacks = model, callbacks
        self.opt = torch.optim.Adam(model.parameters(), 1e-2)

    def validate(self, x, y):
        self.model.eval()
        with torch.no_grad():
            return nn.functional.mse_loss(self.model(x), y).item()

    def fit(self, epochs=2):
        for ep in range(epochs):
            self.model.train()
            x, y = torch.randn(4, 6, 3), torch.randn(4)
            loss = nn.functional.mse_loss(self.model(x), y)
            self.opt.zero_grad(); loss.backward(); self.opt.step()
            print(ep, "val", self.validate(x, y))
            for cb in self.callbacks:
                cb.on_epoch_end(self.model, x)


Trainer(StrandLSTM(), [SaliencyLogger()]).fit()
