# expect: clean
"""Phase callbacks kept in a dict of functools.partial objects: before each phase the runner calls
callbacks[phase]() — 'valid' switches eval, 'train' switches train — and the training forward follows the switch."""
from functools import partial
import torch
import torch.nn as nn
import torch.nn.functional as F


def set_mode(module, training):
    module.train(training)


net = nn.ModuleDict({"enc": nn.LSTM(6, 8, batch_first=True), "cls": nn.Linear(8, 2)})
forward = lambda x: net["cls"](net["enc"](x)[0][:, -1])
callbacks = {"train": partial(set_mode, net, True), "valid": partial(set_mode, net, False)}
opt = torch.optim.Adam(net.parameters(), 1e-3)
data = {"train": (torch.randn(4, 5, 6), torch.randint(0, 2, (4,))),
        "valid": (torch.randn(4, 5, 6), torch.randint(0, 2, (4,)))}

for epoch in range(2):
    for phase in ("valid", "train"):
        callbacks[phase]()
        x, y = data[phase]
        with torch.set_grad_enabled(phase == "train"):
            loss = F.cross_entropy(forward(x), y)
            if phase == "train":
                opt.zero_grad(); loss.backward(); opt.step()
        print(epoch, phase, round(loss.item(), 4))
