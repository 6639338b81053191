# expect: crash
"""Livestock feed intake; an inference helper decorated with @torch.no_grad() that
re-enables grad to compute input saliency for the farm dashboard."""
import torch
import torch.nn as nn

torch.manual_seed(40)


class Intake(nn.Module):
    def __init__(self):
        super().__init__()
        self.core = nn.LSTM(3, 6, batch_first=True)
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        return self.out(self.core(x)[0][:, -1]).squeeze(-1)


@torch.no_grad()
def dashboard(model, x):
    model.eval()
    pred = model(x)
    with torch.enable_grad():
        xg = x.clone().requires_grad_(True)
        model(xg).sum().backward()  # TM001-here
    return pred, xg.grad.abs().mean(1)


model = Intake()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
model.train()
for day in range(2):
    x, y = torch.randn(5, 10, 3), torch.rand(5)
    loss = nn.functional.mse_loss(model(x), y)
    opt.zero_grad(); loss.backward(); opt.step()
pred, sal = dashboard(model, torch.randn(2, 10, 3))
print(pred.shape, sal.shape)
