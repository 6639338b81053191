# expect: crash
"""Everything frozen, then the input norm thawed through the list its parameters were collected in (`params =
list(model.input_norm.parameters())`, `for p in params: p.requires_grad_(True)`): it sits before the LSTM, so the
eval-mode adaptation's backward runs through the LSTM."""
import torch
import torch.nn as nn
import torch.nn.functional as F

DEFAULT_CONFIG = {
    "model": {"hidden": 12},
    "adapt": {"steps": 2, "params": "input_norm"},
}


def merge(base, override):
    out = dict(base)
    for k, v in override.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = merge(out[k], v)
        else:
            out[k] = v
    return out


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.input_norm = nn.LayerNorm(3)
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.output_norm = nn.LayerNorm(8)

    def forward(self, x):
        return self.output_norm(self.lstm(self.input_norm(x))[0])


def adaptation_parameters(model, which):
    layer = getattr(model, which)
    for p in model.parameters():
        p.requires_grad_(False)
    params = list(layer.parameters())
    for p in params:
        p.requires_grad_(True)
    return params


def adapt(model, cfg):
    for p in model.parameters():
        p.requires_grad_(False)
    params = list(model.input_norm.parameters())
    for p in params:
        p.requires_grad_(True)
    opt = torch.optim.SGD(params, lr=0.1)
    model.eval()
    for _ in range(cfg["adapt"]["steps"]):
        opt.zero_grad()
        model(torch.randn(2, 4, 3)).pow(2).mean().backward()  # TM001-here
        opt.step()


def main():
    cfg = merge(DEFAULT_CONFIG, {"model": {"hidden": 8}})
    adapt(Net(), cfg)


main()
