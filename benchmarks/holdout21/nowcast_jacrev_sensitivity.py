# expect: crash
"""Precipitation nowcasting at station level: input sensitivity of the next-hour forecast via jacrev."""
import torch
import torch.nn as nn
from torch.func import jacrev

torch.manual_seed(11)
FEATS, HID, STEPS = 5, 10, 6  # radar reflectivity, humidity, pressure, wind u/v


class Nowcaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(FEATS, HID, batch_first=True)
        self.head = nn.Sequential(nn.Linear(HID, 8), nn.ReLU(), nn.Linear(8, 1), nn.Softplus())

    def forward(self, obs):
        h, _ = self.lstm(obs)
        return self.head(h[:, -1]).squeeze(-1)


model = Nowcaster()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
for _ in range(3):
    obs = torch.randn(4, STEPS, FEATS)
    rain = torch.rand(4) * 3
    loss = nn.functional.poisson_nll_loss(model(obs), rain, log_input=False)
    opt.zero_grad(); loss.backward(); opt.step()

model.eval()
station = torch.randn(1, STEPS, FEATS)
jac = jacrev(lambda o: model(o))(station)  # TM002-here
print("sensitivity per feature:", jac.abs().sum(dim=(0, 1, 2)).tolist())
