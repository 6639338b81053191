# expect: crash
"""The settings dict picks the model class from a registry by a nested entry; the saliency step after eval()
backpropagates through it. Here it names the GRU model: the saliency backward crashes."""
import torch

from saliency import fit_and_explain

SETTINGS = {
    "net": {"kind": "gru", "hidden": 5},
    "data": {"n_in": 3},
}

torch.manual_seed(0)
print(fit_and_explain(SETTINGS))
