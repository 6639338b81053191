# expect: crash
"""Valve-sticking detector for trumpets: pretrained models are restored into a bank, one is fine-tuned."""
import torch

from brass import MODELS, build
from brass.finetune import finetune

torch.manual_seed(2)
pretrained = {name: build(name).state_dict() for name in MODELS}
bank = {name: MODELS[name].from_state(state) for name, state in pretrained.items()}

batches = [(torch.randn(4, 8, 3), torch.randint(0, 2, (4,))) for _ in range(3)]
with torch.no_grad():
    for name, m in bank.items():
        print(name, m(batches[0][0]).argmax(-1).tolist())
print("finetuned gru:", finetune(bank, "gru", batches))
