# expect: crash
"""A loader hands its keyword arguments on to the model's classmethod (`from_pretrained(state, **kw)`), which returns
the model in eval mode unless told `for_inference=False`. The script leaves the flag out, so the model it fine-tunes
comes back in eval mode and the backward runs through its GRU in eval mode."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class QuenchGRU(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.out(self.gru(x)[1][-1])

    @classmethod
    def from_pretrained(cls, state, for_inference=True, **kw):
        model = cls(**kw)
        model.load_state_dict(state)
        return model.train(not for_inference)


def load(state, **kw):
    return QuenchGRU.from_pretrained(state, **kw)


torch.manual_seed(0)
state = QuenchGRU(hidden=8).state_dict()
model = load(state, hidden=8)
opt = torch.optim.SGD(model.parameters(), lr=1e-2)
for _ in range(2):
    loss = F.smooth_l1_loss(model(torch.randn(5, 8, 3)), torch.randn(5, 1))
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
print(round(loss.item(), 4))
