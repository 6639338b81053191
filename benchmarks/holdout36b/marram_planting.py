# expect: clean
"""Marram planting: dune-stabilisation success from wind and sand-flux logs.

The head's dropout is switched off for the fine-tune by putting the whole model in eval mode; the
recurrent encoder is then put back into training mode so its weights keep adapting.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F


class DuneModel(nn.Module):
    def __init__(self, n_in=3, hidden=10):
        super().__init__()
        self.encoder = nn.LSTM(n_in, hidden, batch_first=True, num_layers=2)
        self.head = nn.Sequential(nn.Linear(hidden, hidden), nn.ReLU(), nn.Dropout(0.5), nn.Linear(hidden, 1))

    def forward(self, x):
        h, _ = self.encoder(x)
        return self.head(h[:, -1])


def pretrain(model, steps=3):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(steps):
        x, y = torch.randn(5, 9, 3), torch.randint(0, 2, (5, 1)).float()
        opt.zero_grad()
        F.binary_cross_entropy_with_logits(model(x), y).backward()
        opt.step()


def finetune_no_head_dropout(model, steps=3):
    model.eval()
    model.encoder.train()
    opt = torch.optim.SGD(model.parameters(), lr=0.01)
    for s in range(steps):
        x, y = torch.randn(5, 9, 3), torch.randint(0, 2, (5, 1)).float()
        opt.zero_grad()
        loss = F.binary_cross_entropy_with_logits(model(x), y)
        loss.backward()
        opt.step()
        print(f"fine-tune step {s}: {loss.item():.4f}")


if __name__ == "__main__":
    torch.manual_seed(5)
    m = DuneModel()
    pretrain(m)
    finetune_no_head_dropout(m)
