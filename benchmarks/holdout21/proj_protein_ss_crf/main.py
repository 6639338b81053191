# expect: crash
"""Protein secondary structure prediction (Q3) with a BiGRU-CRF; entry point."""
import torch

from model import BiGRUCRF
from train import train

if __name__ == "__main__":
    torch.manual_seed(16)
    train(BiGRUCRF())
    print("finished")
