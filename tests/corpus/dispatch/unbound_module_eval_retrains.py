# expect: clean
"""The mode is switched through the class, `nn.Module.train(model, False)`, as some older code bases write it
(to bypass a subclass's override); the adaptation step sets it back with `nn.Module.train(model, True)` first."""
import torch
import torch.nn as nn


class Scorer(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 6, batch_first=True)
        self.fc = nn.Linear(6, 1)

    def forward(self, x):
        out, _ = self.gru(x)
        return self.fc(out[:, -1])


def score(model, x):
    nn.Module.train(model, False)
    with torch.no_grad():
        return model(x)


model = Scorer()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(5, 9, 4), torch.randn(5, 1)
print(score(model, x).mean().item())
nn.Module.train(model, True)
loss = nn.functional.mse_loss(model(x), y)
opt.zero_grad()
loss.backward()
opt.step()
