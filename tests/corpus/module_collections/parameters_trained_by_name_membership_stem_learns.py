# expect: crash
"""As parameters_trained_by_name_membership, but the encoder is frozen with its default `trainable=("stem",)`: the
stem before the LSTM learns, so the backward runs through the LSTM, which is left in eval mode."""
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


encoder = frozen(Encoder())
probe = nn.Linear(7, 2)
opt = torch.optim.SGD([p for p in [*encoder.parameters(), *probe.parameters()] if p.requires_grad], lr=0.1)
for _ in range(2):
    loss = nn.functional.cross_entropy(probe(encoder(torch.randn(4, 6, 3))), torch.randint(0, 2, (4,)))
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
