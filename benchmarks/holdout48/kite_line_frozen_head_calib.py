# expect: clean
"""Kite-festival line tension: a pretrained recurrent backbone kept in eval by an overridden train()."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class TensionModel(nn.Module):
    def __init__(self, n_in=4, hidden=8):
        super().__init__()
        self.backbone = nn.LSTM(n_in, hidden, batch_first=True)
        self.calib = nn.Linear(hidden, hidden)
        self.head = nn.Sequential(nn.Linear(hidden, hidden), nn.Tanh(), nn.Linear(hidden, 1))
        for p in self.backbone.parameters():
            p.requires_grad_(False)

    def train(self, mode=True):
        super().train(mode)
        self.backbone.eval()  # the pretrained backbone never leaves eval
        return self

    def forward(self, x):
        h, _ = self.backbone(x)
        return self.head(self.calib(h[:, -1])).squeeze(-1)


def main():
    torch.manual_seed(5)
    model = TensionModel()
    model.train()
    trainable = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.Adam(trainable, lr=1e-2)
    for step in range(3):
        x = torch.randn(4, 9, 4)
        y = x.abs().mean((1, 2))
        opt.zero_grad()
        loss = F.l1_loss(model(x), y)
        loss.backward()
        opt.step()
        print(step, loss.item())


if __name__ == "__main__":
    main()
