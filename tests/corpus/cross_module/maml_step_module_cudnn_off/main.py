# expect: clean
"""Second-order MAML whose steps live in a package: the entry script only builds a GRU forecaster and
calls meta_step(), with cuDNN off around it: the native RNN kernels have a double backward."""
import torch
import torch.nn as nn

from meta import meta_step


class Forecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        return self.head(self.gru(x)[0][:, -1])


torch.manual_seed(0)
model = Forecaster()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for it in range(2):
    task = ((torch.randn(4, 5, 3), torch.randn(4, 1)), (torch.randn(4, 5, 3), torch.randn(4, 1)))
    with torch.backends.cudnn.flags(enabled=False):
        print(it, meta_step(model, opt, task))
