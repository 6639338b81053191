# expect: clean
"""A step helper runs the training forward, then puts the model in eval mode for a quick probe on held-out data
without grad, and returns both. The training output was made before the switch, in the mode the caller left: the
loop puts the model in train mode before every step, so the backward through it is fine."""
import torch
from torch import nn
from torch.nn import functional as F


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 6, batch_first=True)
        self.out = nn.Linear(6, 2)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1])


def forward_and_probe(model, x, probe_x):
    logits = model(x)
    model.eval()
    with torch.no_grad():
        probe = model(probe_x).argmax(-1)
    return logits, probe


def train(model, batches, probe_x):
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for x, y in batches:
        model.train()
        logits, probe = forward_and_probe(model, x, probe_x)
        loss = F.cross_entropy(logits, y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print("probe", probe.tolist())


if __name__ == "__main__":
    data = [(torch.randn(4, 5, 3), torch.randint(0, 2, (4,))) for _ in range(3)]
    train(Tagger(), data, torch.randn(2, 5, 3))
