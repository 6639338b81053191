# expect: clean
"""Shoe-last wear prediction from gait pressure; the recurrent core is chosen by name."""
import torch
import torch.nn.functional as F
from torch import nn

CONFIG = {"arch": "cell", "hidden": 10, "n_in": 4, "steps": 4, "lr": 1e-2}


class SeqLSTM(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1]).squeeze(-1)


class UnrolledCell(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.cell = nn.LSTMCell(n_in, hidden)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h = c = x.new_zeros(x.size(0), self.cell.hidden_size)
        for t in range(x.size(1)):
            h, c = self.cell(x[:, t], (h, c))
        return self.out(h).squeeze(-1)


def build(cfg):
    if cfg["arch"] == "lstm":
        model = SeqLSTM(cfg["n_in"], cfg["hidden"])
    elif cfg["arch"] == "cell":
        model = UnrolledCell(cfg["n_in"], cfg["hidden"])
    else:
        raise ValueError(cfg["arch"])
    return model


def main(cfg=CONFIG):
    torch.manual_seed(6)
    g = torch.Generator().manual_seed(1)
    model = build(cfg)
    probe = torch.randn(3, 7, cfg["n_in"], generator=g)
    model.eval()
    with torch.no_grad():
        print("untrained wear estimate", model(probe).mean().item())
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    for step in range(cfg["steps"]):
        x = torch.randn(5, 7, cfg["n_in"], generator=g)
        y = x.abs().mean((1, 2))
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    print(cfg["arch"], "loss", round(loss.item(), 4))


if __name__ == "__main__":
    main()
