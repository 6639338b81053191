# expect: clean
"""Farrier hoof-wear regressor: a batch generator that owns the mode and switches it between yields, back to train each epoch."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(13)


class HoofWear(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        o, _ = self.lstm(x)
        return self.fc(o[:, -1]).squeeze(-1)


def schedule(model, epochs=2, train_steps=2, val_steps=1):
    """Yields ("train"|"val", x, y) and puts the model in the right mode for each phase."""
    for ep in range(epochs):
        model.train()
        for _ in range(train_steps):
            yield "train", torch.randn(3, 5, 4), torch.randn(3)
        model.eval()
        for _ in range(val_steps):
            yield "val", torch.randn(3, 5, 4), torch.randn(3)


model = HoofWear()
opt = torch.optim.SGD(model.parameters(), lr=0.05)
for phase, x, y in schedule(model):
    if phase == "val":
        with torch.no_grad():
            print("val", round(F.mse_loss(model(x), y).item(), 4))
        continue
    loss = F.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print("train", round(loss.item(), 4))
