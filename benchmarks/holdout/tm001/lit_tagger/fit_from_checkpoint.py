# expect: crash
# category: framework
"""Resume tagging from a pretrained checkpoint and continue training on new data."""
import os
import tempfile

import torch

from mini_lightning import Trainer
from models import TaggerModule, toy_loaders


def pretrain(path):
    module = TaggerModule()
    Trainer(max_epochs=1, num_sanity_val_steps=0).fit(module, toy_loaders()[0])
    torch.save(module.state_dict(), path)


if __name__ == "__main__":
    torch.manual_seed(0)
    ckpt = os.path.join(tempfile.mkdtemp(), "tagger.ckpt")
    pretrain(ckpt)
    tagger = TaggerModule.load_from_checkpoint(ckpt)
    train_dl, val_dl = toy_loaders(n=24)
    trainer = Trainer(max_epochs=2, num_sanity_val_steps=1)
    trainer.fit(tagger, train_dl, val_dl)  # TM001-here
