# expect: clean
"""A pretrained encoder is frozen by name: `p.requires_grad_(name.split(".")[0] in trainable)` over its named
parameters, with `trainable=()`, and it is left in eval mode; only a linear probe on top learns. No parameter
before or in the LSTM needs a gradient, so no backward runs through it."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.stem = nn.Linear(3, 5)
        self.rnn = nn.LSTM(5, 7, batch_first=True)

    def forward(self, x):
        return self.rnn(self.stem(x))[0][:, -1]


def frozen(module, trainable=("stem",)):
    for name, p in module.named_parameters():
        p.requires_grad_(name.split(".")[0] in trainable)
    return module.eval()


encoder = frozen(Encoder(), trainable=())
probe = nn.Linear(7, 2)
opt = torch.optim.SGD([p for p in [*encoder.parameters(), *probe.parameters()] if p.requires_grad], lr=0.1)
for _ in range(2):
    loss = nn.functional.cross_entropy(probe(encoder(torch.randn(4, 6, 3))), torch.randint(0, 2, (4,)))
    opt.zero_grad()
    loss.backward()
    opt.step()
