# expect: crash
import logging
import torch
from lute import PegDriftModel, Trainer

logging.basicConfig(level=logging.INFO)
torch.manual_seed(3)

train = [(torch.randn(4, 9, 6), torch.randn(4, 9, 6)) for _ in range(3)]
val = [(torch.randn(4, 9, 6), torch.randn(4, 9, 6)) for _ in range(2)]

model = PegDriftModel()
trainer = Trainer(max_epochs=2, num_sanity_val_steps=2)
print(trainer.fit(model, train, val))
