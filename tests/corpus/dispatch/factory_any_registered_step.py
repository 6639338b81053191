# expect: crash
"""An experiment runs the steps its command line lists (a default schedule without one). `make_step(kind)`
builds one of the registered step classes, so which class a call builds is known only when it runs. The
probe step puts the shared GRU in eval mode and the update step after it runs a backward through it."""
import sys

import torch
import torch.nn as nn


class Update:
    def apply(self, net, batch):
        out, _ = net(batch)
        loss = out.pow(2).mean()
        loss.backward()  # TM001-here
        return loss.item()


class Probe:
    def apply(self, net, batch):
        net.eval()
        with torch.no_grad():
            out, _ = net(batch)
        return out.norm().item()


STEPS = {"update": Update, "probe": Probe}


def make_step(kind):
    return STEPS[kind]()


net = nn.GRU(6, 6, batch_first=True)
schedule = sys.argv[1:] or ["update", "probe", "update"]
for kind in schedule:
    print(kind, make_step(kind).apply(net, torch.randn(3, 4, 6)))
