# expect: crash
"""Test-time training: the model goes to eval mode, then `model.apply(fn)` sets `training` back on the
LSTM layers only: the model's GRU is no LSTM and stays in eval mode."""
import torch
import torch.nn as nn


class Forecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.inp = nn.Linear(2, 8)
        self.gru = nn.GRU(8, 8, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.head = nn.Linear(8, 2)

    def forward(self, x):
        return self.head(self.drop(self.gru(self.inp(x))[0]))


def recurrent_to_train(m):
    if isinstance(m, nn.LSTM):
        m.training = True


model = Forecaster()
model.eval()
model.apply(recurrent_to_train)
opt = torch.optim.SGD(model.parameters(), lr=1e-2)
x = torch.randn(4, 6, 2)
loss = nn.functional.mse_loss(model(x), x)
opt.zero_grad()
loss.backward()  # TM001-here
opt.step()
