# expect: clean
"""A model zoo: every architecture's checkpoint is restored through the registry's classmethod
`restored()`, which leaves each net in eval mode for serving. Fine-tuning works on a fresh GRU
scorer added to the zoo under its own tag, built by its class (train mode) and given the served
weights, so the backward runs in train mode; the served nets are not touched."""
import torch

from tune import tune
from zoo import ARCHS

torch.manual_seed(0)
checkpoints = {tag: ARCHS[tag]().state_dict() for tag in ARCHS}
zoo = {tag: ARCHS[tag].restored(weights) for tag, weights in checkpoints.items()}

data = [(torch.randn(6, 7, 5), torch.randn(6)) for _ in range(2)]
with torch.no_grad():
    for tag, net in zoo.items():
        print(tag, net(data[0][0])[:2].flatten().tolist())
zoo["gru_tuned"] = ARCHS["gru"]()
zoo["gru_tuned"].load_state_dict(zoo["gru"].state_dict())
print("tuned gru:", tune(zoo, "gru_tuned", data))
