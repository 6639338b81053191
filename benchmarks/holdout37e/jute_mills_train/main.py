# expect: clean
"""Jute mills: adversarial fine-tuning of a spindle model loaded from a
checkpoint; the inference loader's eval mode is undone before fine-tuning."""
import os

import torch

import checkpoints
from attacks import adv_finetune
from spinning import SpindleModel

torch.manual_seed(13)
path = checkpoints.scratch_path()
try:
    checkpoints.save(SpindleModel(), path)
    model = checkpoints.load_for_inference(path)
    with torch.no_grad():
        print("sanity logits", model(torch.randn(1, 6, 2)))
    model.train()
    batches = [(torch.randn(4, 6, 2), torch.randint(0, 2, (4,))) for _ in range(3)]
    print("final adv loss", adv_finetune(model, batches))
finally:
    os.remove(path)
