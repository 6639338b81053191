# expect: clean
"""Sextant sight reduction: an input-gradient norm is computed with
create_graph=True each step, but only logged (detached) and never
differentiated again; the loss that is backpropagated is the plain MSE."""
import torch
import torch.nn as nn

torch.manual_seed(8)


class SightGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(3, 6, batch_first=True)
        self.head = nn.Linear(6, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.head(h[:, -1])


model = SightGRU().train()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
history = []
for step in range(4):
    x, y = torch.randn(4, 5, 3).requires_grad_(True), torch.randn(4, 1)
    pred = model(x)
    mse = ((pred - y) ** 2).mean()
    gx, = torch.autograd.grad(mse, x, create_graph=True, retain_graph=True)
    penalty = gx.pow(2).sum().detach()
    history.append(penalty.item())
    loss = mse + 0.0 * penalty
    opt.zero_grad()
    loss.backward()
    opt.step()
print("input-grad norms", [round(h, 4) for h in history])
