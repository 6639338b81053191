# expect: crash
"""EvalCallback's on_epoch_end() is reached only through getattr(callback, hook)(...); it leaves the model
in eval mode for the next epoch of fit()."""
import torch
import torch.nn as nn

from callbacks import CallbackHandler, EvalCallback, PrintCallback
from loop import fit


class Regressor(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 6, batch_first=True)
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1])


torch.manual_seed(0)
model = Regressor()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
handler = CallbackHandler([PrintCallback(), EvalCallback([torch.randn(2, 4, 3)])])
fit(model, optimizer, [torch.randn(2, 4, 3) for _ in range(2)], handler)
