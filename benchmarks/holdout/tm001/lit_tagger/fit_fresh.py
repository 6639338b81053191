# expect: clean
# category: framework
import torch

from mini_lightning import Trainer
from models import TaggerModule, toy_loaders

torch.manual_seed(0)
train_dl, val_dl = toy_loaders()
tagger = TaggerModule()
trainer = Trainer(max_epochs=3, num_sanity_val_steps=2)
print(trainer.fit(tagger, train_dl, val_dl))
