# expect: clean
"""Farrier gait sequences: a hand-written Lightning-like module with an energy head and Langevin samples drawn after the loop restores train mode."""
import torch

from gait_module import GaitEnergyModule
from mini_lightning import MiniTrainer

torch.manual_seed(4)

if __name__ == "__main__":
    data = [(torch.randn(4, 6, 3), torch.randint(0, 2, (4,))) for _ in range(3)]
    trainer = MiniTrainer(max_epochs=2)
    trainer.fit(GaitEnergyModule(), data, data[:1])
    print("epochs", trainer.current_epoch)
