# expect: crash
"""Cooper barrel-stave moisture model: architecture picked by name, pretrained in eval, then calibrated."""
import torch
import torch.nn as nn
import torch.nn.functional as F

CONFIG = {"arch": "lstm", "n_in": 3, "hidden": 8, "steps": 2}


class SeqStave(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1])


class CellStave(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.cell = nn.LSTMCell(n_in, hidden)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h = c = x.new_zeros(x.size(0), self.cell.hidden_size)
        for t in range(x.size(1)):
            h, c = self.cell(x[:, t], (h, c))
        return self.out(h)


def build(cfg):
    if cfg["arch"] == "lstm":
        net = SeqStave(cfg["n_in"], cfg["hidden"])
    elif cfg["arch"] == "cell":
        net = CellStave(cfg["n_in"], cfg["hidden"])
    else:
        raise KeyError(cfg["arch"])
    return net.eval()


def calibrate(net, steps):
    scale = nn.Parameter(torch.ones(1))
    opt = torch.optim.SGD(list(net.parameters()) + [scale], lr=0.05)
    for _ in range(steps):
        x, y = torch.randn(6, 5, 3), torch.randn(6, 1)
        loss = F.mse_loss(scale * net(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return scale.item()


if __name__ == "__main__":
    torch.manual_seed(6)
    print("scale", calibrate(build(CONFIG), CONFIG["steps"]))
