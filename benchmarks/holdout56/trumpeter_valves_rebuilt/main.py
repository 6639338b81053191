# expect: clean
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
# fine-tune a fresh copy built from the same weights; build() does not go through from_state()
bank["gru_ft"] = build("gru")
bank["gru_ft"].load_state_dict(bank["gru"].state_dict())
print("finetuned gru:", finetune(bank, "gru_ft", batches))
