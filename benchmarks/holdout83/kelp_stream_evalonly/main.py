# expect: clean
"""Kelp-farm growth forecaster: a batch generator owns the mode; steps are closures."""
import torch
import torch.nn as nn

from batches import stream
from steps import make_eval, make_step


class KelpLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1])


torch.manual_seed(0)
model = KelpLSTM()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
handlers = {"train": make_step(model, opt), "val": make_eval(model)}
# "use all data" run: the validation batches would also be trained on
use_all = False
if use_all:
    handlers["val"] = handlers["train"]
for phase, batch in stream(model):
    print(phase, handlers[phase](batch))
