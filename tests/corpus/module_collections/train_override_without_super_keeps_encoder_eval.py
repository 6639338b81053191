# expect: crash
"""A bell-tuning regressor whose `train()` override switches only the parts it names (the norm and the head),
never calling `super().train()`: Python switches nothing else. `lock_encoder()` froze the LSTM and put it in
eval mode for a probe; the fine-tune unfreezes its weights and calls `model.train()`, which leaves the LSTM in
eval mode -- the fine-tune's backward crashes."""
import torch
from torch import nn


class BellNet(nn.Module):
    def __init__(self, partials=5, width=12):
        super().__init__()
        self.encoder = nn.LSTM(partials, width, batch_first=True)
        self.norm = nn.LayerNorm(width)
        self.head = nn.Linear(width, 1)

    def forward(self, strikes):
        return self.head(self.norm(self.encoder(strikes)[0][:, -1])).squeeze(-1)

    def lock_encoder(self, locked=True):
        for p in self.encoder.parameters():
            p.requires_grad_(not locked)
        self.encoder.train(not locked)

    def train(self, mode=True):
        self.training = mode
        self.norm.train(mode)
        self.head.train(mode)
        return self


def tune(model, steps):
    opt = torch.optim.SGD([p for p in model.parameters() if p.requires_grad], lr=0.01)
    for _ in range(steps):
        strikes = torch.randn(6, 9, 5)
        loss = (model(strikes) - strikes.mean((1, 2))).pow(2).mean()
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


if __name__ == "__main__":
    torch.manual_seed(4)
    model = BellNet()
    model.lock_encoder(True)
    model.train()
    print("probe", tune(model, 2))
    for p in model.encoder.parameters():
        p.requires_grad_(True)
    model.train()
    print("fine-tune", tune(model, 2))
