# expect: clean
"""A GAN trainer keeps the model's networks in a dict the model hands out; evaluation switches every network
to eval, and each epoch puts every network back in train mode."""
import torch

from gan import SeqGAN
from trainer import GanTrainer

if __name__ == "__main__":
    torch.manual_seed(0)
    GanTrainer(SeqGAN(), epochs=2).fit()
    print("done")
