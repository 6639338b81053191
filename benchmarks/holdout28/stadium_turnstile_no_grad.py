# expect: clean
"""Turnstile counts: eval predictions under no_grad feed pseudo-labels; the loss is on a separate train forward."""
import torch
from torch import nn


class Count(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1])


model = Count()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
unlabelled = torch.randn(6, 10, 2)
for rnd in range(2):
    model.eval()
    with torch.no_grad():
        pseudo = model(unlabelled).round()
    model.train()
    loss = nn.functional.mse_loss(model(unlabelled), pseudo)
    opt.zero_grad()
    loss.backward()
    opt.step()
print("self-training", loss.item())
