# expect: crash
"""Options parsed from a written command line (`parse_args(["--stage", "probe"])`): the probe branch runs and
leaves the model in eval mode for the backward."""
import argparse

import torch
import torch.nn as nn
import torch.nn.functional as F


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 8, batch_first=True)
        self.head = nn.Linear(8, 3)

    def forward(self, x):
        return self.head(self.lstm(x)[0][:, -1])


def prepare(model, stage):
    if stage == "probe":
        model.eval()
    else:
        model.train()


parser = argparse.ArgumentParser()
parser.add_argument("--stage", default="finetune", choices=["finetune", "probe"])
args = parser.parse_args(["--stage", "probe"])
torch.manual_seed(0)
model = Tagger()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
prepare(model, args.stage)
x, y = torch.randn(4, 5, 4), torch.randint(0, 3, (4,))
loss = F.cross_entropy(model(x), y)
loss.backward()  # TM001-here
opt.step()
print(loss.item())
