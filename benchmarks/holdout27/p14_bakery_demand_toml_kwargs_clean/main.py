# expect: clean
"""Bakery demand; settings come from settings.toml and are passed on as **kwargs
(the warm-start switch is off for this store)."""
import tomllib
from pathlib import Path

import torch

from bakery import make_model, train

torch.manual_seed(26)
cfg = tomllib.loads(Path(__file__).with_name("settings.toml").read_text())
model = make_model(warm_start=cfg["train"]["warm_start"], **cfg["model"])
train(model, **cfg["train"])
