# expect: crash
# category: collections
"""'Disable recurrent dropout' by putting every RNN into eval mode, then keep training."""
import torch
import torch.nn as nn


class Forecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.inp = nn.Linear(2, 16)
        self.lstm = nn.LSTM(16, 16, num_layers=2, dropout=0.3, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.out = nn.Linear(16, 1)

    def forward(self, x):
        return self.out(self.drop(self.lstm(self.inp(x))[0][:, -1]))


torch.manual_seed(0)
forecaster = Forecaster()
for m in forecaster.modules():
    if isinstance(m, (nn.LSTM, nn.GRU)):
        m.eval()
opt = torch.optim.Adam(forecaster.parameters(), lr=1e-3)
for _ in range(3):
    x = torch.randn(8, 6, 2)
    loss = (forecaster(x).squeeze(-1) - x[:, -1, 0]).pow(2).mean()
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
