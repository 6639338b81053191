import torch
from torch import nn


class LitModule(nn.Module):
    """A small hand-written imitation of a LightningModule."""

    automatic_optimization = True

    def __init__(self):
        super().__init__()
        self.trainer = None
        self.logged = {}

    def log(self, name, value):
        self.logged.setdefault(name, []).append(float(value))

    def optimizers(self):
        return self.trainer.optimizer

    def manual_backward(self, loss):
        loss.backward()

    def configure_optimizers(self):
        return torch.optim.SGD(self.parameters(), lr=0.05)


class MilkYieldModule(LitModule):
    automatic_optimization = False

    def __init__(self, n_feat=5, hidden=12):
        super().__init__()
        self.lstm = nn.LSTM(n_feat, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(out[:, -1]).squeeze(-1)

    def training_step(self, batch, batch_idx):
        x, y = batch
        opt = self.optimizers()
        opt.zero_grad()
        loss = nn.functional.mse_loss(self(x), y)
        self.manual_backward(loss)
        opt.step()
        self.log("train_loss", loss.item())
        return loss

    def predict_step(self, batch, batch_idx):
        x, _ = batch
        return self(x)
