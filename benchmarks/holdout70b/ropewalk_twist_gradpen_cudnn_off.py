# expect: clean
"""Ropewalk twist classifier with an input-gradient (double backprop) penalty for smoothness."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(5)
LAMBDA = 0.1


class TwistNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True, bidirectional=True)
        self.out = nn.Linear(16, 2)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h.mean(1))


def penalised_loss(model, x, y):
    x = x.requires_grad_(True)
    logits = model(x)
    ce = F.cross_entropy(logits, y)
    (gx,) = torch.autograd.grad(ce, x, create_graph=True)
    return ce + LAMBDA * gx.pow(2).sum(dim=(1, 2)).mean()


def run(epochs=2):
    model = TwistNet()
    opt = torch.optim.Adam(model.parameters(), 1e-3)
    for ep in range(epochs):
        model.train()
        x, y = torch.randn(5, 7, 3), torch.randint(0, 2, (5,))
        with torch.backends.cudnn.flags(enabled=False):
            loss = penalised_loss(model, x, y)
            opt.zero_grad()
            loss.backward()
        opt.step()
        print(ep, loss.item())


if __name__ == "__main__":
    run()
