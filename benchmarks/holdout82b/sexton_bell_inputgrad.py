# expect: crash
"""Sexton bell ringing: input-gradient regularisation (double backprop) on an LSTM classifier in train mode."""
import torch
import torch.nn as nn

torch.manual_seed(8)


class PealLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 8, batch_first=True)
        self.cls = nn.Linear(8, 3)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.cls(h.mean(1))


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
loss.backward()  # TM003-here
opt.step()
print("loss", loss.item())
