# expect: crash
"""As cudnn_flags_entered_by_hand, but the switch is left (`off.__exit__(...)`) before the sampling loop, after a
warm-up forward: the input-gradient steps run cuDNN's RNN in eval mode."""
import torch
import torch.nn as nn


class Energy(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(3, 6, batch_first=True)
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        return self.out(self.rnn(x)[0].mean(1)).squeeze(-1)


def sample(model, steps=3):
    model.eval()
    x = torch.randn(2, 5, 3, requires_grad=True)
    off = torch.backends.cudnn.flags(enabled=False)
    off.__enter__()
    with torch.no_grad():
        model(x)
    off.__exit__(None, None, None)
    for _ in range(steps):
        (g,) = torch.autograd.grad(model(x).sum(), x)  # TM001-here
        x = (x - 0.1 * g).detach().requires_grad_(True)
    model.train()
    return x.detach()


model = Energy()
print(sample(model).shape)
