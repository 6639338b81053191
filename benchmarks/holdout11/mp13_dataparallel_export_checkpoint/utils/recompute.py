import torch.nn as nn
from torch.utils.checkpoint import checkpoint


class CheckpointedBlock(nn.Module):
    """Runs the wrapped block under activation checkpointing while training (recomputed at backward)."""

    def __init__(self, block):
        super().__init__()
        self.block = block

    def forward(self, x):
        if self.training and x.requires_grad:
            return checkpoint(self.block, x, use_reentrant=False)
        return self.block(x)
