# expect: crash
"""Cheese caves: predict rind defects from cave humidity/temperature logs.

A recurrent encoder pretrained on another cave is frozen and left in eval
mode. This cave's sensors differ, so a small trainable "sensor adapter"
maps the new readings into the old encoder's input space, and a new head
reads the encoder's summary. Adapter and head are trained together.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(26)


class CaveEncoder(nn.Module):
    def __init__(self, n_in=3, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)

    def forward(self, x):
        _, (h, _) = self.lstm(x)
        return h[-1]


def logs(n, days=9, n_sensors=4):
    x = torch.randn(n, days, n_sensors)
    y = (x[:, :, 0].mean(1) + 0.5 * x[:, :, 3].mean(1) > 0).long()
    return x, y


def main():
    encoder = CaveEncoder()
    encoder.eval()
    for p in encoder.parameters():
        p.requires_grad = False
    adapter = nn.Linear(4, 3)
    head = nn.Linear(10, 2)
    opt = torch.optim.Adam(list(adapter.parameters()) + list(head.parameters()), lr=5e-3)
    for epoch in range(3):
        x, y = logs(6)
        z = encoder(adapter(x))
        loss = F.cross_entropy(head(z), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(f"epoch {epoch} loss {loss.item():.3f}")


if __name__ == "__main__":
    main()
