# expect: clean
# A table of phase callables built with functools.partial: run_epoch(train=...) sets the mode *and* the grad mode
# from the same flag, so the validation forward never reaches a backward and training always runs in train mode.
from functools import partial
import torch
import torch.nn as nn


def run_epoch(model, batches, opt=None, *, train):
    model.train(train)
    total = 0.0
    with torch.set_grad_enabled(train):
        for x, y in batches:
            loss = nn.functional.mse_loss(model(x).squeeze(-1), y)
            if train:
                opt.zero_grad()
                loss.backward()
                opt.step()
            total += loss.item()
    return total / len(batches)


class Seq(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.RNN(2, 6, batch_first=True, num_layers=2, dropout=0.2)
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        return self.out(self.body(x)[0][:, -1])


torch.manual_seed(0)
net = Seq()
opt = torch.optim.Adam(net.parameters(), 1e-2)
tr = [(torch.randn(3, 4, 2), torch.randn(3)) for _ in range(3)]
va = [(torch.randn(3, 4, 2), torch.randn(3))]
phases = {"val": partial(run_epoch, net, va, train=False),
          "train": partial(run_epoch, net, tr, opt, train=True)}
for epoch in range(2):
    for name in ("val", "train", "val"):
        print(epoch, name, round(phases[name](), 4))
print("done")
