import torch
import torch.nn as nn


class WaveHeightTask:
    def __init__(self, backbone, lr=1e-2):
        self.backbone = backbone
        self.head = nn.Sequential(nn.Linear(backbone.out_dim, 8), nn.Tanh(), nn.Linear(8, 1))
        self.opt = torch.optim.Adam(self.head.parameters(), lr=lr)

    def predict(self, spectra):
        return self.head(self.backbone(spectra)).squeeze(-1)

    def step(self, spectra, hs):
        self.head.train()
        loss = nn.functional.smooth_l1_loss(self.predict(spectra), hs)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return round(loss.item(), 4)

    @torch.no_grad()
    def evaluate(self, spectra, hs):
        self.head.eval()
        return round((self.predict(spectra) - hs).abs().mean().item(), 4)
