# expect: crash
"""The model's module is named in a configuration (`importlib.import_module(CONFIG["model"])`), and the config
asks for the serving build (`inference=True`, which calls `eval()`); the script then fine-tunes that model."""
import importlib

import torch

CONFIG = {"model": "zoo.tagger", "inference": True, "steps": 2}

zoo_module = importlib.import_module(CONFIG["model"])
model = zoo_module.build(inference=CONFIG["inference"])
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for _ in range(CONFIG["steps"]):
    loss = model(torch.randn(2, 5, 4)).logsumexp(-1).mean()
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
