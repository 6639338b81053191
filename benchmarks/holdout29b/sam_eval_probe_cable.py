# expect: crash
"""Bridge-cable fatigue forecasting with sharpness-aware minimisation. The ascent
point is found with an 'eval probe' (deterministic dropout off), and the descent
gradient is taken at that perturbed point without switching back."""
import torch
import torch.nn as nn

torch.manual_seed(5)


class CableNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 8, num_layers=2, dropout=0.2, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        o, _ = self.lstm(x)
        return self.fc(o[:, -1]).squeeze(-1)


def sam_step(model, opt, x, y, rho=0.05):
    model.train()
    loss = nn.functional.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()
    eps = []
    with torch.no_grad():
        gnorm = torch.norm(torch.stack([p.grad.norm() for p in model.parameters()]))
        for p in model.parameters():
            e = rho * p.grad / (gnorm + 1e-12)
            p.add_(e)
            eps.append(e)
    model.eval()  # probe the sharp point without dropout noise
    sharp = nn.functional.mse_loss(model(x), y)
    opt.zero_grad()
    sharp.backward()  # TM001-here
    with torch.no_grad():
        for p, e in zip(model.parameters(), eps):
            p.sub_(e)
    opt.step()
    return float(loss), float(sharp)


model = CableNet()
opt = torch.optim.SGD(model.parameters(), lr=0.05)
for it in range(3):
    x = torch.randn(4, 10, 2)
    y = x[:, :, 1].mean(1)
    print(it, sam_step(model, opt, x, y))
