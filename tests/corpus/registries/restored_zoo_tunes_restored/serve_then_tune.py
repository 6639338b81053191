# expect: crash
"""A model zoo: every architecture's checkpoint is restored through the registry's classmethod
`restored()`, which leaves each net in eval mode for serving. `tune()` then fine-tunes the zoo's
GRU scorer in place; its forward runs in eval mode and the backward through the GRU fails."""
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
print("tuned gru:", tune(zoo, "gru", data))  # TM001-here
