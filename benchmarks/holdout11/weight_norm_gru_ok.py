# expect: clean
# weight_norm (parametrizations) on a GRU's input weights; validation runs inside a small context manager that
# restores train mode, so every training forward runs in train mode.
import contextlib
import torch
import torch.nn as nn
from torch.nn.utils.parametrizations import weight_norm


class Forecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = weight_norm(nn.GRU(3, 12, batch_first=True), name="weight_ih_l0")
        self.head = nn.Linear(12, 3)

    def forward(self, x):
        return self.head(self.gru(x)[0][:, -1])


@contextlib.contextmanager
def evaluation(module):
    prev = module.training
    module.eval()
    try:
        with torch.no_grad():
            yield module
    finally:
        module.train(prev)


torch.manual_seed(2)
fc = Forecaster()
opt = torch.optim.Adam(fc.parameters(), lr=5e-3)
series = torch.randn(6, 9, 3)
for epoch in range(3):
    pred = fc(series[:, :-1])
    loss = nn.functional.l1_loss(pred, series[:, -1])
    opt.zero_grad()
    loss.backward()
    opt.step()
    with evaluation(fc) as m:
        print(epoch, nn.functional.l1_loss(m(series[:, 1:]), series[:, -1]).item())
print("done")
