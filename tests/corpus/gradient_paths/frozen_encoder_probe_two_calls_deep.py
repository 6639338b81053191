# expect: clean
"""Bird-strike risk probe: an encoder pretrained elsewhere is put in eval mode and frozen (every parameter
`requires_grad_(False)`), then a linear probe is trained on its features. The training runs two calls deep
(`train_probe` hands `batch[0]` of the tuple it got to `probe_epoch`), and the inputs need no grad, so no graph
reaches the frozen LSTM: the probe's backward never enters cuDNN's RNN backward."""
import torch
import torch.nn as nn


class Radar(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Linear(3, 5)
        self.lstm = nn.LSTM(5, 6, batch_first=True)

    def forward(self, x):
        out, (h, c) = self.lstm(torch.tanh(self.embed(x)))
        return out, h[-1]


def freeze(encoder):
    encoder.eval()
    for p in encoder.parameters():
        p.requires_grad_(False)
    return encoder


def probe_epoch(encoder, probe, opt, x, y):
    for start in range(0, len(x), 2):
        _, z = encoder(x[start:start + 2])
        loss = nn.functional.cross_entropy(probe(z), y[start:start + 2])
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def train_probe(encoder, probe, batch, epochs=2):
    opt = torch.optim.SGD(probe.parameters(), lr=0.1)
    return [probe_epoch(encoder, probe, opt, batch[0], batch[1]) for _ in range(epochs)]


torch.manual_seed(8)
radar = freeze(Radar())
probe = nn.Linear(6, 2)
print(train_probe(radar, probe, (torch.randn(6, 4, 3), torch.randint(0, 2, (6,)))))
