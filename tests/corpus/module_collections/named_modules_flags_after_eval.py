# expect: crash
"""Near miss of named_modules_flags_restored: the flags are recorded after eval(), so writing them back module by
module keeps every LSTM in eval and the next step's backward fails."""
import torch
import torch.nn as nn


class StackedForecaster(nn.Module):
    def __init__(self, features=4, hidden=6):
        super().__init__()
        self.lower = nn.LSTM(features, hidden, batch_first=True)
        self.upper = nn.LSTM(hidden, hidden, batch_first=True)
        self.proj = nn.Linear(hidden, 1)

    def forward(self, series):
        return self.proj(self.upper(self.lower(series)[0])[0][:, -1])


torch.manual_seed(4)
forecaster = StackedForecaster()
adam = torch.optim.Adam(forecaster.parameters(), lr=1e-3)
holdout = torch.randn(2, 9, 4)
forecaster.train()
for round_ in range(3):
    series, target = torch.randn(5, 9, 4), torch.randn(5, 1)
    loss = nn.functional.mse_loss(forecaster(series), target)
    adam.zero_grad()
    loss.backward()  # TM001-here
    adam.step()
    forecaster.eval()
    saved = {name: part.training for name, part in forecaster.named_modules()}
    with torch.no_grad():
        print(round_, loss.item(), forecaster(holdout).squeeze(-1).tolist())
    for name, part in forecaster.named_modules():
        part.training = saved[name]
