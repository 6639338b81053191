# expect: crash
"""Fine-tuning driven by a JSON settings file next to the script: `resume_for_inference` is on, so the
loader puts the restored tagger in eval mode, and the fine-tuning loop that follows never calls train()."""
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
    loss.backward()  # TM001-here
    opt.step()
