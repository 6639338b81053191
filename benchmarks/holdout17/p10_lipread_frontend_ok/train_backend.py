# expect: clean
"""Lip reading: a pretrained visual front-end (conv + BiGRU) frozen in eval; only the word classifier learns."""
import torch

from frontend import VisualFrontend, load_pretrained
from backend import WordClassifier, fit

torch.manual_seed(47)

if __name__ == "__main__":
    front = load_pretrained(VisualFrontend())
    back = WordClassifier(in_dim=16, n_words=5)
    fit(front, back, epochs=2)
    print("done")
