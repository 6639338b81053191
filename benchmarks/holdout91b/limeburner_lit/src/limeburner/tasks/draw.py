import torch
import torch.nn as nn
import torch.nn.functional as F

from ..lit import LitModule


class DrawRegressor(LitModule):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(4, hidden, batch_first=True, bidirectional=True)
        self.head = nn.Linear(2 * hidden, 1)

    def forward(self, x):
        return self.head(self.rnn(x)[0].mean(1)).squeeze(-1)

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=1e-2)

    def training_step(self, batch, batch_idx):
        opt = self.optimizers()
        x, y = batch
        loss = F.smooth_l1_loss(self(x), y)
        opt.zero_grad()
        self.manual_backward(loss)
        opt.step()
        self.log("train_loss", loss)

    def validation_step(self, batch, batch_idx):
        x, y = batch
        self.log("val_loss", F.smooth_l1_loss(self(x), y))
