# expect: crash
"""Manor-court attendance forecasting (a reeve's rolls), trained with shared prep helpers."""
import torch
from torch import nn
from prep import *


class RollNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(2, 6, batch_first=True)
        self.fc = nn.Linear(6, 1)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1]).squeeze(-1)


seed_everything(12)
model = prepare_model(RollNet())
print("params", count_params(model))
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
for step in range(3):
    x, y = torch.randn(3, 5, 2), torch.randn(3)
    loss = nn.functional.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
print("loss", loss.item())
