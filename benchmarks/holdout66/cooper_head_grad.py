# expect: clean
"""Cooperage QA: gradient norm of the classifier head on a held-out batch, model in eval."""
import torch
import torch.nn as nn


class HoopNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.adapter = nn.Linear(3, 6)
        self.gru = nn.GRU(6, 6, batch_first=True)
        self.head = nn.Linear(6, 2)

    def forward(self, x):
        h, _ = self.gru(torch.tanh(self.adapter(x)))
        return self.head(h[:, -1])


def grad_norm_of(model, param_name, batch):
    x, y = batch
    params = dict(model.named_parameters())
    loss = nn.functional.cross_entropy(model(x), y)
    (g,) = torch.autograd.grad(loss, params[param_name])
    return float(g.norm())


def main():
    torch.manual_seed(0)
    model = HoopNet().eval()
    batch = (torch.randn(5, 8, 3), torch.randint(0, 2, (5,)))
    probes = {"head.weight": grad_norm_of(model, "head.weight", batch)}
    print({k: round(v, 4) for k, v in probes.items()})


if __name__ == "__main__":
    main()
