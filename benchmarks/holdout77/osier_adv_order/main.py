# expect: clean
"""Adversarial training of an osier-bed sequence classifier."""
import torch
from osier import WillowClassifier, GradSignAttack, adversarial_fit

torch.manual_seed(3)
batches = [(torch.randn(4, 6, 3), torch.randint(0, 4, (4,))) for _ in range(3)]

model = WillowClassifier()
attack = GradSignAttack(model, eps=0.1)
model.train()
losses = adversarial_fit(model, attack, batches, epochs=2)
print("final loss", round(losses[-1], 4))
