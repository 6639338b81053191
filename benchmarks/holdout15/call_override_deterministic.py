# expect: clean
"""A model that overrides `nn.Module.__call__` to accept `deterministic=`:
deterministic calls run in eval mode and restore the previous mode afterwards
(Flax-style). Training calls pass deterministic=False, so the LSTM runs in
train mode for every forward that is differentiated.
"""
import torch
import torch.nn as nn


class DeterministicMixin:
    def __call__(self, *args, deterministic=False, **kwargs):
        if not deterministic:
            return super().__call__(*args, **kwargs)
        was = self.training
        self.eval()
        try:
            with torch.no_grad():
                return super().__call__(*args, **kwargs)
        finally:
            self.train(was)


class SeqModel(DeterministicMixin, nn.Module):
    def __init__(self):
        super().__init__()
        self.core = nn.LSTM(3, 9, batch_first=True, num_layers=2, dropout=0.3)
        self.out = nn.Linear(9, 1)

    def forward(self, x):
        return self.out(self.core(x)[0][:, -1])


torch.manual_seed(0)
m = SeqModel()
opt = torch.optim.Adam(m.parameters(), lr=1e-2)
x, y = torch.randn(7, 6, 3), torch.randn(7, 1)
for step in range(4):
    print("det", m(x, deterministic=True).mean().item())
    opt.zero_grad()
    loss = nn.functional.mse_loss(m(x, deterministic=False), y)
    loss.backward()
    opt.step()
print("final", loss.item())
