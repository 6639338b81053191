# expect: crash
import torch
from robust import LeverNet, AdversarialTrainer, SignFlip

torch.manual_seed(0)
net = LeverNet()
trainer = AdversarialTrainer(net, SignFlip(net, eps=0.1))
batches = [(torch.randn(4, 9, 2), torch.randint(0, 2, (4,))) for _ in range(3)]
print(trainer.fit(batches))
