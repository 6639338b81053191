# expect: crash
"""Glazier pane-stress monitor with test-time training.

Each incoming batch of strain-gauge traces first takes one self-supervised step (reconstruct the
masked reading) on the shared encoder, then is classified. The deploy loop calls `model.eval()` once,
up front, as every inference script does.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(7)


class PaneModel(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.encoder = nn.LSTM(4, hidden, batch_first=True)
        self.recon = nn.Linear(hidden, 4)
        self.cls = nn.Linear(hidden, 3)

    def encode(self, x):
        return self.encoder(x)[0]

    def forward(self, x):
        return self.cls(self.encode(x)[:, -1])


def ttt_step(model, opt, x):
    mask = (torch.rand(x.shape[:2]) < 0.25).unsqueeze(-1).float()
    h = model.encode(x * (1 - mask))
    loss = ((model.recon(h) - x) ** 2 * mask).sum() / mask.sum().clamp(min=1)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    return loss.item()


def deploy(model, stream):
    opt = torch.optim.SGD(model.encoder.parameters(), lr=1e-3)
    model.eval()
    preds = []
    for x in stream:
        ttt_step(model, opt, x)
        with torch.no_grad():
            preds.append(model(x).argmax(-1))
    return torch.cat(preds)


def main():
    model = PaneModel()
    stream = [torch.randn(3, 10, 4) for _ in range(3)]
    print("alerts:", deploy(model, stream).tolist())


if __name__ == "__main__":
    main()
