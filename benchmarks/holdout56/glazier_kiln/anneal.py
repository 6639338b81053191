# expect: crash
"""Glazier kiln annealing curve: one name, the architecture chosen from a setting."""
import torch

from glass import *  # noqa: F403

torch.manual_seed(13)
SETTINGS = {"arch": "gru", "calibrate_first": True}

if SETTINGS["arch"] == "gru":
    net = KilnGRU()  # noqa: F405
elif SETTINGS["arch"] == "lstm":
    net = KilnLSTM()  # noqa: F405
else:
    net = KilnCell()  # noqa: F405

x, y = torch.randn(4, 10, 2), torch.randn(4)
if SETTINGS["calibrate_first"]:
    with torch.no_grad():
        bias = (as_predictor(net)(x) - y).mean()  # noqa: F405
        print("calibration bias", bias.item())

opt = torch.optim.Adam(net.parameters(), lr=1e-2)
for step in range(3):
    loss = (net(x) - y - bias).pow(2).mean()
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
print("loss", loss.item())
