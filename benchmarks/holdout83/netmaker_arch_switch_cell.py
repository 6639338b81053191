# expect: clean
"""Net-maker knot detector: one name for several architectures picked by config."""
import torch
import torch.nn as nn

CONFIG = {"arch": "cell", "hidden": 8, "n_in": 4, "mc_passes": 3}


class GRUDetector(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 2)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1])


class CellDetector(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.cell = nn.GRUCell(n_in, hidden)
        self.fc = nn.Linear(hidden, 2)
        self.hidden = hidden

    def forward(self, x):
        h = x.new_zeros(x.size(0), self.hidden)
        for t in range(x.size(1)):
            h = self.cell(x[:, t], h)
        return self.fc(h)


class ConvDetector(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.conv = nn.Conv1d(n_in, hidden, 3, padding=1)
        self.fc = nn.Linear(hidden, 2)

    def forward(self, x):
        return self.fc(self.conv(x.transpose(1, 2)).mean(-1))


def build(cfg):
    if cfg["arch"] == "gru":
        net = GRUDetector(cfg["n_in"], cfg["hidden"])
    elif cfg["arch"] == "cell":
        net = CellDetector(cfg["n_in"], cfg["hidden"])
    else:
        net = ConvDetector(cfg["n_in"], cfg["hidden"])
    return net


def input_sensitivity(net, x):
    net.eval()
    x = x.clone().requires_grad_(True)
    net(x).logsumexp(-1).sum().backward()
    return x.grad.abs().mean(dim=(0, 2))


if __name__ == "__main__":
    torch.manual_seed(0)
    net = build(CONFIG)
    opt = torch.optim.Adam(net.parameters(), lr=1e-2)
    for _ in range(2):
        x, y = torch.randn(4, 6, 4), torch.randint(0, 2, (4,))
        loss = nn.functional.cross_entropy(net(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    print("per-step sensitivity", input_sensitivity(net, torch.randn(4, 6, 4)))
