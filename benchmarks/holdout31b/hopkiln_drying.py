# expect: clean
"""Hop-kiln drying: adapt a GRU pretrained on one oast house's moisture curves to a
new kiln. The backbone is frozen and kept in eval mode; only a residual adapter and
the head on top of the GRU states are trained.
"""
import sys

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(23)


def parse(argv):
    opts = {"hidden": 12, "steps": 5, "lr": 1e-2, "bottleneck": 4}
    for a in argv:
        if a.startswith("--") and "=" in a:
            k, v = a[2:].split("=", 1)
            opts[k] = type(opts[k])(v)
    return opts


class KilnBackbone(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.rnn = nn.GRU(4, hidden, batch_first=True)

    def forward(self, x):
        return self.rnn(x)[0]


class Adapter(nn.Module):
    def __init__(self, hidden, bottleneck):
        super().__init__()
        self.down = nn.Linear(hidden, bottleneck)
        self.up = nn.Linear(bottleneck, hidden)

    def forward(self, h):
        return h + self.up(F.relu(self.down(h)))


class KilnModel(nn.Module):
    def __init__(self, hidden, bottleneck):
        super().__init__()
        self.backbone = KilnBackbone(hidden)
        self.adapter = Adapter(hidden, bottleneck)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.head(self.adapter(self.backbone(x))).squeeze(-1)


def curves(b=4, t=12):
    air_t = 60 + 5 * torch.randn(b, t, 1)
    rh = torch.rand(b, t, 1)
    airflow = torch.rand(b, t, 1)
    depth = torch.full((b, t, 1), 0.5)
    moisture = 0.8 - 0.01 * ((air_t[..., 0] - 55) * airflow[..., 0]).cumsum(1) * (1 - rh[..., 0])
    x = torch.cat([(air_t - 60) / 5, rh, airflow, depth], -1)
    return x, moisture


def adapt(model, opts):
    prepare_backbone(model.backbone)
    params = list(model.adapter.parameters()) + list(model.head.parameters())
    opt = torch.optim.Adam(params, lr=opts["lr"])
    for s in range(opts["steps"]):
        x, y = curves()
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(f"adapt step {s}: {loss.item():.4f}")


def main(argv):
    opts = parse(argv)
    model = KilnModel(opts["hidden"], opts["bottleneck"])
    adapt(model, opts)


def prepare_backbone(backbone):
    for p in backbone.parameters():
        p.requires_grad_(False)
    backbone.eval()


if __name__ == "__main__":
    main(sys.argv[1:])
