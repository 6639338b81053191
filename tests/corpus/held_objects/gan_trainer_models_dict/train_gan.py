# expect: crash
"""A GAN trainer keeps the model's networks in a dict the model hands out; evaluation switches every network
to eval, but each epoch only the generator is put back in train mode: the GRU critic trains in eval."""
import torch

from gan import SeqGAN
from trainer import GanTrainer

if __name__ == "__main__":
    torch.manual_seed(0)
    GanTrainer(SeqGAN(), epochs=2).fit()
    print("done")
