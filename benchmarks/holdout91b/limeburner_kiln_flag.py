# expect: clean
"""Lime burner: kiln-draw quality from temperature logs; a fine-tune phase 'freezes' by flag.

The wrapper's training flag is set by assignment for logging purposes; the GRU inside keeps
its own flag, so the fine-tune backward runs through a train-mode forward.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F


class KilnModel(nn.Module):
    def __init__(self, d=4, h=8):
        super().__init__()
        self.gru = nn.GRU(d, h, num_layers=2, batch_first=True, dropout=0.1)
        self.head = nn.Linear(h, 3)

    def forward(self, x):
        return self.head(self.gru(x)[0][:, -1])


def evaluate(model, x, y):
    model.eval()
    with torch.no_grad():
        return (model(x).argmax(-1) == y).float().mean().item()


def finetune(model, x, y, steps=3):
    model.training = False  # mark the wrapper as 'frozen' for the dashboard
    opt = torch.optim.SGD(model.head.parameters(), lr=0.05)
    for s in range(steps):
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


if __name__ == "__main__":
    torch.manual_seed(7)
    m = KilnModel()
    x, y = torch.randn(8, 6, 4), torch.randint(0, 3, (8,))
    m.train()
    print("acc before", evaluate(m, x, y))
    m.train()
    print("finetune loss", finetune(m, x, y))
    print("acc after", evaluate(m, x, y))
