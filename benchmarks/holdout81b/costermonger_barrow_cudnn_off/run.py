# expect: clean
"""Costermonger barrow-sales critic with a hand-written LightningModule and a gradient-penalty callback list; cuDNN is switched off for the critic steps."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402
from coster import BarrowCritic, MiniTrainer, GradPenaltyLogger  # noqa: E402

if __name__ == "__main__":
    torch.manual_seed(4)
    module = BarrowCritic(hidden=8, gp_weight=10.0)
    trainer = MiniTrainer(max_epochs=2, callbacks=[GradPenaltyLogger()])
    trainer.fit(module)
    print("history", trainer.logged)
