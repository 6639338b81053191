# expect: crash
"""Ropewalk twist tension: early stopping that rebuilds the best model from a saved state dict, then fine-tunes."""
import io

import torch
import torch.nn as nn

torch.manual_seed(9)


class TwistNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 10, batch_first=True)
        self.reg = nn.Linear(10, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.reg(h[:, -1])


class EvalMode:
    """`with EvalMode(model):` switches to eval and back on exit."""

    def __init__(self, model):
        self.model = model

    def __enter__(self):
        self.prev = self.model.training
        self.model.eval()
        return self.model

    def __exit__(self, *exc):
        self.model.train(self.prev)
        return False


def step(model, opt, x, y):
    loss = nn.functional.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    return loss.item()


def val_loss(model, data):
    with EvalMode(model), torch.no_grad():
        return sum(nn.functional.mse_loss(model(x), y).item() for x, y in data) / len(data)


def load_best(buf):
    buf.seek(0)
    best = TwistNet().eval()
    best.load_state_dict(torch.load(buf))
    return best


train = [(torch.randn(4, 6, 2), torch.randn(4, 1)) for _ in range(3)]
val = [(torch.randn(4, 6, 2), torch.randn(4, 1))]
model = TwistNet()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
best, patience, buf = float("inf"), 0, io.BytesIO()
for epoch in range(6):
    model.train()
    for x, y in train:
        step(model, opt, x, y)
    v = val_loss(model, val)
    if v < best:
        best, patience = v, 0
        buf.seek(0)
        buf.truncate()
        torch.save(model.state_dict(), buf)
    else:
        patience += 1
    if patience >= 2:
        break
print(f"best val {best:.4f}")

# short fine-tune of the best weights on the validation split
model = load_best(buf)
opt = torch.optim.SGD(model.parameters(), lr=1e-3)
for x, y in val:
    print("finetune", step(model, opt, x, y))
