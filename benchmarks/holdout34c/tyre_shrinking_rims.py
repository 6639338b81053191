# expect: clean
"""Iron-tyre shrinking at a carriage works: forecast rim temperature
during heating. The shipped model is kept frozen for the dashboard; each morning a copy
is fine-tuned on yesterday's heats.
"""
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(23)


class RimTemperature(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.RNN(2, hidden, batch_first=True, nonlinearity="tanh")
        self.out = nn.Linear(hidden, 1)

    def forward(self, fire):
        seq, _ = self.rnn(fire)
        return self.out(seq).squeeze(-1)


def yesterdays_heats(n=3, batch=3, minutes=10):
    for _ in range(n):
        fire = torch.rand(batch, minutes, 2)
        yield fire, fire[..., 0].cumsum(1) * 40


def dashboard_forecast(model, fire):
    with torch.no_grad():
        return model(fire)[:, -1]


def ready_minute(forecast, target=600.0):
    """First minute at which the rim is hot enough to drop over the felloes."""
    hot = (forecast >= target).nonzero()
    return int(hot[0]) if len(hot) else None


def heating_summary(model, n_tyres=3):
    fire = torch.rand(n_tyres, 10, 2)
    with torch.no_grad():
        curves = model(fire)
    for i, curve in enumerate(curves):
        print(f"  tyre {i}: final {curve[-1].item():.0f}C, ready at minute {ready_minute(curve)}")


if __name__ == "__main__":
    shipped = RimTemperature().eval()
    shipped_state = shipped.state_dict()

    morning = RimTemperature()  # fresh module: train mode
    morning.load_state_dict(copy.deepcopy(shipped_state))
    opt = torch.optim.Adam(morning.parameters(), lr=1e-2)
    for step, (fire, temp) in enumerate(yesterdays_heats()):
        opt.zero_grad()
        loss = F.mse_loss(morning(fire), temp)
        loss.backward()
        opt.step()
        print(f"step {step} loss {loss.item():.1f}")
    print("dashboard", dashboard_forecast(shipped, torch.rand(2, 10, 2)))
    heating_summary(shipped)
