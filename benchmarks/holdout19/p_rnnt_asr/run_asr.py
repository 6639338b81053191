# expect: crash
"""Tiny RNN-Transducer ASR recipe with greedy decoding on a dev utterance after each epoch."""
import torch

from rnnt import Recipe, Transducer

if __name__ == "__main__":
    torch.manual_seed(0)
    train_set = [(torch.randn(2, 4, 8), torch.randint(1, 6, (2, 2))) for _ in range(2)]
    Recipe(Transducer()).run(train_set, torch.randn(1, 4, 8))
