# expect: clean
# category: framework
"""Entry script: builds data and the speaker encoder, hands everything to mylib's Trainer."""
import os
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from mylib.models.speaker import SpeakerEncoder  # noqa: E402
from mylib.training.trainer import Trainer  # noqa: E402

torch.manual_seed(47)
train_loader = [(torch.randn(6, 20, 8), torch.randint(0, 4, (6,))) for _ in range(3)]
val_loader = [(torch.randn(6, 20, 8), torch.randint(0, 4, (6,)))]
Trainer(SpeakerEncoder()).fit(train_loader, val_loader, epochs=2)
