# expect: crash
"""A pretrained encoder is kept in eval mode as a feature extractor, then composed with a new head into
`nn.Sequential(OrderedDict(...))` and fine-tuned end to end: the Sequential holds that very encoder."""
from collections import OrderedDict

import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(3, 6, batch_first=True)

    def forward(self, x):
        return self.rnn(x)[0][:, -1]


def extract(encoder, x):
    encoder.eval()
    with torch.no_grad():
        return encoder(x)


def main():
    torch.manual_seed(0)
    encoder = Encoder()
    x, y = torch.randn(4, 5, 3), torch.randint(0, 2, (4,))
    print("features", extract(encoder, x).shape)
    model = nn.Sequential(OrderedDict([("encoder", encoder), ("head", nn.Linear(6, 2))]))
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    for step in range(2):
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(step, round(loss.item(), 4))


if __name__ == "__main__":
    main()
