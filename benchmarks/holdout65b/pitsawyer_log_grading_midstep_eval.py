# expect: clean
"""pitsawyer: grade sawn planks from the rhythm of a two-man pit saw.

Gradients are accumulated over 3 micro-batches. The monitoring hook runs a
quick evaluation every few micro-batches -- sometimes between a micro-batch's
forward and its backward, which looks suspicious but is safe: the forward was
recorded in train mode.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(14)
ACCUM = 3


class StrokeNet(nn.Module):
    def __init__(self, hid=8):
        super().__init__()
        self.gru = nn.GRU(2, hid, batch_first=True, num_layers=2, dropout=0.1)
        self.fc = nn.Linear(hid, 4)

    def forward(self, x):
        return self.fc(self.gru(x)[0][:, -1])


def quick_eval(model, x, y):
    model.eval()
    with torch.no_grad():
        acc = (model(x).argmax(-1) == y).float().mean().item()
    return acc


model = StrokeNet()
opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
val_x, val_y = torch.randn(6, 11, 2), torch.randint(0, 4, (6,))

micro = 0
for step in range(4):
    opt.zero_grad()
    for _ in range(ACCUM):
        model.train()
        x, y = torch.randn(4, 11, 2), torch.randint(0, 4, (4,))
        loss = F.cross_entropy(model(x), y) / ACCUM
        micro += 1
        if micro % 4 == 0:
            print("  monitor acc", quick_eval(model, val_x, val_y))
        loss.backward()
    opt.step()
    print("step", step, "loss", round(loss.item() * ACCUM, 4))
