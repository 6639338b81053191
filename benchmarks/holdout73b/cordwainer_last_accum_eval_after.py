# expect: clean
"""Cordwainer: the same accumulation loop; eval() is called after the forward, for the logging pass."""
import torch
import torch.nn as nn

torch.manual_seed(13)


class FitLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 6, batch_first=True, proj_size=4)
        self.out = nn.Linear(4, 1)

    def forward(self, x):
        o, _ = self.lstm(x)
        return self.out(o[:, -1]).squeeze(-1)


model = FitLSTM()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
accum = 2
opt.zero_grad()
for i in range(4):
    x, y = torch.randn(4, 5, 3), torch.randn(4)
    model.train()
    pred = model(x)
    model.eval()  # switch early for the logging pass below
    with torch.no_grad():
        logged = model(x).mean().item()
    loss = nn.functional.mse_loss(pred, y) / accum
    loss.backward()
    if (i + 1) % accum == 0:
        opt.step()
        opt.zero_grad()
print("done", round(logged, 4))
