# expect: clean
"""Sexton bell ringing: input-gradient regularisation (double backprop) on an LSTMCell classifier."""
import torch
import torch.nn as nn

torch.manual_seed(8)


class PealLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.cell = nn.LSTMCell(4, 8)
        self.cls = nn.Linear(8, 3)

    def forward(self, x):
        h = c = x.new_zeros(x.size(0), 8)
        outs = []
        for t in range(x.size(1)):
            h, c = self.cell(x[:, t], (h, c))
            outs.append(h)
        return self.cls(torch.stack(outs, 1).mean(1))


def regularised_loss(model, x, y, lam=0.1):
    x = x.requires_grad_(True)
    ce = nn.functional.cross_entropy(model(x), y)
    (gx,) = torch.autograd.grad(ce, x, create_graph=True)
    return ce + lam * gx.pow(2).sum()


model = PealLSTM()
model.train()
opt = torch.optim.Adam(model.parameters(), 1e-3)
x, y = torch.randn(4, 6, 4), torch.randint(0, 3, (4,))
loss = regularised_loss(model, x, y)
opt.zero_grad()
loss.backward()
opt.step()
print("loss", loss.item())
