# expect: clean
"""The settings dict picks the model class from a registry by a nested entry; the saliency step after eval()
backpropagates through it. Here the entry names the GRUCell model, which cuDNN's RNN kernels never run."""
import torch

from saliency import fit_and_explain

SETTINGS = {
    "net": {"kind": "cell", "hidden": 5},
    "data": {"n_in": 3},
}

torch.manual_seed(0)
print(fit_and_explain(SETTINGS))
