# expect: clean
"""Rifling-wear estimation from bore-scope line scans. A groove encoder
pretrained on another calibre is kept frozen; only the small layers around it
are trained (an adapter on its outputs and the regressor). The model overrides train() so the encoder stays in eval."""
import torch
from torch import nn
from torch.nn import functional as F


class FrozenEncoderMixin:
    frozen_name = "encoder"

    def train(self, mode=True):
        super().train(mode)
        getattr(self, self.frozen_name).eval()
        return self

    def freeze(self):
        for p in getattr(self, self.frozen_name).parameters():
            p.requires_grad_(False)
        return self


class WearModel(FrozenEncoderMixin, nn.Module):
    def __init__(self, width=5, hidden=8):
        super().__init__()
        self.adapter = nn.Linear(hidden, hidden)
        self.encoder = nn.GRU(width, hidden, batch_first=True)
        self.regressor = nn.Linear(hidden, 1)

    def forward(self, scan):
        h, _ = self.encoder(scan)
        h = torch.relu(self.adapter(h))
        return self.regressor(h.mean(1)).squeeze(-1)


def main():
    torch.manual_seed(9)
    model = WearModel().freeze()
    opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=1e-2)
    model.train()
    for step in range(4):
        scan = torch.randn(4, 16, 5)
        wear = torch.rand(4)
        loss = F.mse_loss(model(scan), wear)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, round(loss.item(), 4), model.encoder.training)


if __name__ == "__main__":
    main()
