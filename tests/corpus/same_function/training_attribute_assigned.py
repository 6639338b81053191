# expect: clean
"""`model.training = False` only flips the wrapper's flag; the LSTM child stays in training mode."""
import torch
import torch.nn as nn


class Wrapper(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 6)
        self.head = nn.Linear(6, 1)

    def forward(self, x):
        return self.head(self.lstm(x)[0][-1])


torch.manual_seed(0)
model = Wrapper()
model.training = False  # e.g. to silence a logging hook; children keep training=True
opt = torch.optim.SGD(model.parameters(), lr=0.01)
x, y = torch.randn(5, 4, 3), torch.randn(4, 1)
loss = nn.functional.mse_loss(model(x), y)
opt.zero_grad()
loss.backward()
opt.step()
print("ok", loss.item())
