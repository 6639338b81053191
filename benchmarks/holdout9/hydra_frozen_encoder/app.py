# expect: clean
"""Hydra-style app: the config names every object by its `_target_`; a pretrained LSTM encoder is loaded, put in
eval and frozen, and only the probe head on top is trained."""
import torch

from conf.config import CONFIG
from src.instantiate import instantiate
from src.probe import train_probe

if __name__ == "__main__":
    torch.manual_seed(0)
    encoder = instantiate(CONFIG["encoder"])
    head = instantiate(CONFIG["head"])
    optimizer = instantiate(CONFIG["optimizer"], params=head.parameters())
    print(train_probe(encoder, head, optimizer, steps=CONFIG["trainer"]["steps"]))
