# expect: clean
"""Fine-tuning driven by a JSON settings file next to the script: `resume_for_inference` is off for this run, so the
restored tagger stays in train mode for the fine-tuning loop."""
import json
import os

import torch
import torch.nn as nn

from tagger import build


HERE = os.path.dirname(os.path.abspath(__file__))

with open(os.path.join(HERE, "settings.json")) as handle:
    settings = json.load(handle)

model = build(settings["model"], resume_for_inference=settings["resume_for_inference"])
opt = torch.optim.SGD(model.parameters(), lr=settings["lr"])
for _ in range(settings["steps"]):
    tokens = torch.randn(3, 7, settings["model"]["features"])
    loss = nn.functional.cross_entropy(model(tokens).reshape(-1, 5), torch.randint(0, 5, (21,)))
    opt.zero_grad()
    loss.backward()
    opt.step()
