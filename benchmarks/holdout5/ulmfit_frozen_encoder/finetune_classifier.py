# expect: clean
# category: near_miss
"""ULMFiT-like stage 1: the language-model encoder is frozen (eval, no grads, integer token input),
only the pooling classifier head trains."""
import torch

from transfer.freezing import freeze, trainable_parameters
from transfer.models import AWDLSTMEncoder, PoolingClassifier

torch.manual_seed(21)
encoder, head = AWDLSTMEncoder(), PoolingClassifier()
freeze(encoder)
model = torch.nn.Sequential(encoder, head)
opt = torch.optim.Adam(trainable_parameters(model), lr=1e-2)

for epoch in range(2):
    head.train()
    for _ in range(3):
        x, y = torch.randint(0, 40, (6, 10)), torch.randint(0, 3, (6,))
        loss = torch.nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    print(f"epoch {epoch} loss {loss.item():.3f} encoder training={encoder.training}")
