# expect: crash
"""Osier-cutter yield model: a pretrained encoder stays frozen via an overridden train()."""
import torch
from torch import nn


class FrozenEncoderMixin:
    frozen = ()

    def train(self, mode=True):
        super().train(mode)
        for name in self.frozen:
            getattr(self, name).eval()
        return self


class YieldModel(FrozenEncoderMixin, nn.Module):
    frozen = ("encoder",)

    def __init__(self, n_sites=10, hidden=8):
        super().__init__()
        self.site_emb = nn.Embedding(n_sites, hidden)
        self.encoder = nn.GRU(hidden + 2, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)
        for p in self.encoder.parameters():
            p.requires_grad_(False)

    def forward(self, sites, weather):
        z = torch.cat([self.site_emb(sites), weather], -1)
        h, _ = self.encoder(z)
        return self.head(h[:, -1]).squeeze(-1)


def run():
    torch.manual_seed(2)
    model = YieldModel()
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.Adam(params, lr=1e-2)
    model.train()
    for step in range(3):
        sites = torch.randint(0, 10, (4, 6))
        weather = torch.randn(4, 6, 2)
        target = torch.randn(4)
        loss = nn.functional.mse_loss(model(sites, weather), target)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    print("loss", loss.item())


if __name__ == "__main__":
    run()
