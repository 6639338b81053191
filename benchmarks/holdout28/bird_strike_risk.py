# expect: crash
"""Bird-strike risk at airports: frozen radar-track encoder, but a trainable projection feeds it."""
import torch
from torch import nn


class RiskModel(nn.Module):
    def __init__(self, frozen_encoder):
        super().__init__()
        self.adapter = nn.Linear(5, 6)          # trainable, sits before the frozen encoder
        self.encoder = frozen_encoder
        self.risk = nn.Linear(10, 1)

    def forward(self, tracks):
        h, _ = self.encoder(self.adapter(tracks))
        return torch.sigmoid(self.risk(h[:, -1]))


def load_frozen_encoder():
    enc = nn.GRU(6, 10, batch_first=True)
    enc.requires_grad_(False)
    return enc.eval()


model = RiskModel(load_frozen_encoder())
opt = torch.optim.SGD([p for p in model.parameters() if p.requires_grad], lr=0.1)
tracks = torch.randn(4, 11, 5)
target = torch.rand(4, 1)
for _ in range(2):
    loss = nn.functional.mse_loss(model(tracks), target)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
print(loss.item())
