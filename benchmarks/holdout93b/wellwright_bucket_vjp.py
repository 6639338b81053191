# expect: crash
"""Bucket-rope wear classifier (wellwright maintenance logs). Training-example value is
estimated as the vector-Jacobian product of a validation loss direction through the
frozen, evaluated model's logits."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch import func

torch.manual_seed(3)


class RopeGRU(nn.Module):
    def __init__(self, feat=4, hid=10, classes=2):
        super().__init__()
        self.gru = nn.GRU(feat, hid, batch_first=True, bidirectional=True)
        self.cls = nn.Linear(2 * hid, classes)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.cls(h.max(1).values)


def fit(model, x, y, epochs=3):
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    model.train()
    for _ in range(epochs):
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def valuation(model, x_train, val_direction):
    model.eval()
    logits, pullback = func.vjp(model, x_train)  # TM002-here
    (g_x,) = pullback(val_direction)
    return g_x.flatten(1).norm(dim=1)


def main():
    x, y = torch.randn(8, 6, 4), torch.randint(0, 2, (8,))
    model = RopeGRU()
    print("train loss", round(fit(model, x, y), 4))
    direction = torch.randn(8, 2)
    scores = valuation(model, x, direction)
    print("values", [round(v, 3) for v in scores.tolist()])


if __name__ == "__main__":
    main()
