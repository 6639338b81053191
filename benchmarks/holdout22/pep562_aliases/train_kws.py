# expect: clean
"""Wake-word confidence scoring with a GRU, using deprecated names from a PEP 562 module."""
import warnings

import torch

import kws

warnings.simplefilter("ignore", DeprecationWarning)

if __name__ == "__main__":
    torch.manual_seed(0)
    model = kws.WakeNet()             # old alias, resolved by kws.__getattr__
    kws.evaluate(model)                # leaves the model in eval mode
    history = kws.fit(model, steps=2)  # fit() switches to train itself
    print(history)
