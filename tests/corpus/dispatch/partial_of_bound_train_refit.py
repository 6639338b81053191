# expect: clean
"""Mode switches kept as `functools.partial(model.train, flag)` and called later: the validation switch is
followed by the fit switch before a fine-tuning step, so that step's backward runs the GRU in train mode."""
import functools

import torch
import torch.nn as nn


class DelayModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 10, batch_first=True)
        self.head = nn.Linear(10, 1)

    def forward(self, x):
        out, _ = self.gru(x)
        return self.head(out[:, -1]).squeeze(-1)


model = DelayModel()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
to_fit = functools.partial(model.train, True)
to_validate = functools.partial(model.train, False)
x, y = torch.randn(8, 12, 3), torch.randn(8)
for epoch in range(2):
    to_fit()
    loss = nn.functional.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    to_validate()
    with torch.no_grad():
        print(epoch, nn.functional.mse_loss(model(x), y).item())

# a last step on the hardest samples
to_fit()
hard = model(x[:4])
loss = nn.functional.mse_loss(hard, y[:4])
loss.backward()
opt.step()
