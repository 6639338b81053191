# expect: crash
# category: script
"""Load forecasting with a seq2one GRU; after training, the sensitivity of the next-hour forecast to
each past hour is computed with torch.autograd.functional.jacobian."""
import torch
import torch.nn as nn
from torch.autograd.functional import jacobian

torch.manual_seed(33)
LOOKBACK = 12


class LoadForecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 12, num_layers=2, batch_first=True)
        self.head = nn.Sequential(nn.Linear(12, 8), nn.ReLU(), nn.Linear(8, 1))

    def forward(self, x):
        return self.head(self.gru(x)[0][:, -1]).squeeze(-1)


hours = torch.arange(200.0)
load = torch.sin(2 * torch.pi * hours / 24) + 0.1 * torch.randn(200)
temp = torch.cos(2 * torch.pi * hours / 24)
series = torch.stack([load, temp], 1)
X = torch.stack([series[i:i + LOOKBACK] for i in range(150)])
Y = load[LOOKBACK:LOOKBACK + 150]

model = LoadForecaster()
opt = torch.optim.Adam(model.parameters(), lr=5e-3)
for epoch in range(2):
    model.train()
    for i in range(0, 150, 50):
        loss = nn.functional.mse_loss(model(X[i:i + 50]), Y[i:i + 50])
        opt.zero_grad()
        loss.backward()
        opt.step()
    model.eval()
    with torch.no_grad():
        print(f"epoch {epoch}: mse {nn.functional.mse_loss(model(X), Y).item():.4f}")

window = series[-LOOKBACK:].unsqueeze(0)
J = jacobian(lambda w: model(w), window)  # TM001-here
print("most influential lag:", LOOKBACK - int(J.abs().squeeze()[:, 0].argmax()))
