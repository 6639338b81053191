# expect: clean
"""A bell-tuning regressor whose `train()` override switches everything with `super().train()` and puts the
encoder back in eval mode only while it is locked (a flag the fine-tune sets False again). `lock_encoder(True)`
froze the LSTM for a probe, whose backward stops before it; the fine-tune unlocks it, and `model.train()` then
trains the LSTM too: neither backward runs cuDNN's in eval mode."""
import torch
from torch import nn


class BellNet(nn.Module):
    def __init__(self, partials=5, width=12):
        super().__init__()
        self.encoder = nn.LSTM(partials, width, batch_first=True)
        self.norm = nn.LayerNorm(width)
        self.head = nn.Linear(width, 1)
        self.locked = False

    def forward(self, strikes):
        return self.head(self.norm(self.encoder(strikes)[0][:, -1])).squeeze(-1)

    def lock_encoder(self, locked=True):
        self.locked = locked
        for p in self.encoder.parameters():
            p.requires_grad_(not locked)
        self.encoder.train(not locked)

    def train(self, mode=True):
        super().train(mode)
        if self.locked:
            self.encoder.eval()
        return self


def tune(model, steps):
    opt = torch.optim.SGD([p for p in model.parameters() if p.requires_grad], lr=0.01)
    for _ in range(steps):
        strikes = torch.randn(6, 9, 5)
        loss = (model(strikes) - strikes.mean((1, 2))).pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


if __name__ == "__main__":
    torch.manual_seed(4)
    model = BellNet()
    model.lock_encoder(True)
    model.train()
    print("probe", tune(model, 2))
    model.locked = False
    for p in model.encoder.parameters():
        p.requires_grad_(True)
    model.train()
    print("fine-tune", tune(model, 2))
