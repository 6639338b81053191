# expect: clean
"""Beaver-dam pond levels: per-sample gradient norms (torch.func.grad) to flag suspicious gauge days.
Backends are configured once from the settings table."""
import torch
from torch import nn
from torch.func import functional_call, grad

SETTINGS = {
    "seed": 23,
    "backends": {"cudnn.enabled": False, "cudnn.benchmark": False},
    "hidden": 6,
    "days": 5,
}


def configure_backends(table):
    for dotted, value in table.items():
        group, attr = dotted.split(".")
        setattr(getattr(torch.backends, group), attr, value)


class PondLSTM(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden, batch_first=True)
        self.level = nn.Linear(hidden, 1)

    def forward(self, gauge):
        return self.level(self.lstm(gauge)[0][:, -1]).squeeze(-1)


def build(settings):
    net = PondLSTM(settings["hidden"])
    return {"net": net, "opt": torch.optim.Adam(net.parameters(), lr=1e-2)}


def fit(bundle, x, y, steps=3):
    bundle["net"].train()
    for _ in range(steps):
        loss = (bundle["net"](x) - y).pow(2).mean()
        bundle["opt"].zero_grad()
        loss.backward()
        bundle["opt"].step()


def suspicious_days(bundle, x, y, top=2):
    net = bundle["net"]
    params = {k: v.detach() for k, v in net.named_parameters()}

    def loss_i(p, xi, yi):
        return (functional_call(net, p, (xi[None],)) - yi).pow(2).sum()

    norms = []
    for xi, yi in zip(x, y):
        g = grad(loss_i)(params, xi, yi)
        norms.append(sum(t.pow(2).sum() for t in g.values()).sqrt())
    return torch.stack(norms).topk(top).indices.tolist()


def main():
    configure_backends(SETTINGS["backends"])
    torch.manual_seed(SETTINGS["seed"])
    x = torch.randn(6, SETTINGS["days"], 2)
    y = x[:, :, 0].sum(1)
    y[3] += 5.0  # a gauge glitch
    bundle = build(SETTINGS)
    fit(bundle, x, y)
    print("flagged", suspicious_days(bundle, x, y))


if __name__ == "__main__":
    main()
