# expect: clean
"""Peat-bog carbon flux: gap-fill eddy-covariance CO2 flux from water-table depth,
soil temperature and PAR. The site-transfer step fine-tunes a pretrained model on a
new bog after putting the wrapper into "inference posture".
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(5)

FEATURES = ["wtd", "t_soil", "par", "vpd"]


class FluxLSTM(nn.Module):
    def __init__(self, n_in, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.head(self.drop(h)).squeeze(-1)


class SiteModel(nn.Module):
    """Holds the per-site normalisation next to the network."""

    def __init__(self, net, mean, std):
        super().__init__()
        self.net = net
        self.register_buffer("mean", mean)
        self.register_buffer("std", std)

    def forward(self, x):
        return self.net((x - self.mean) / self.std)


def half_hourly(n_days, n_sites=4):
    x = torch.randn(n_sites, n_days * 4, len(FEATURES))
    flux = -0.6 * x[..., 2] + 0.3 * x[..., 1] - 0.2 * x[..., 0]
    return x, flux


def pretrain(model, steps=6):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(steps):
        x, y = half_hourly(3)
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def inference_posture(site_model):
    # freeze the normalisation and switch the wrapper off training
    site_model.mean.requires_grad_(False)
    site_model.std.requires_grad_(False)
    site_model.training = False
    return site_model


def transfer(site_model, steps=4):
    site_model = inference_posture(site_model)
    opt = torch.optim.SGD(site_model.net.head.parameters(), lr=1e-2)
    x, y = half_hourly(2, n_sites=2)
    for _ in range(steps):
        gap_mask = torch.rand_like(y) > 0.3
        loss = F.mse_loss(site_model(x)[gap_mask], y[gap_mask])
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


if __name__ == "__main__":
    net = FluxLSTM(len(FEATURES))
    sm = SiteModel(net, torch.zeros(len(FEATURES)), torch.ones(len(FEATURES)))
    print("pretrain", pretrain(sm))
    print("transfer", transfer(sm))
