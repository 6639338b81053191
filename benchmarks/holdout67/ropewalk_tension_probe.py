# expect: crash
"""Ropewalk tension: layer-wise sensitivity of a frozen-mode model, gradient w.r.t. one layer."""
import torch
import torch.nn as nn


class TensionNet(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.embed = nn.Linear(n_in, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.readout = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.gru(torch.relu(self.embed(x)))
        return self.readout(h[:, -1])


def layer_sensitivity(model, x, y, layer_name):
    model.eval()
    weight = dict(model.named_parameters())[layer_name]
    loss = nn.functional.cross_entropy(model(x), y)
    (g,) = torch.autograd.grad(loss, weight)  # TM001-here
    return g.norm().item()


if __name__ == "__main__":
    torch.manual_seed(4)
    model = TensionNet()
    x, y = torch.randn(6, 7, 3), torch.randint(0, 2, (6,))
    print("sensitivity", layer_sensitivity(model, x, y, "embed.weight"))
