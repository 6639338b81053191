# expect: clean
import torch

from smithy import Farrier, GaitNet

torch.manual_seed(10)
batches = [(torch.randn(4, 9, 3), torch.randint(0, 2, (4,))) for _ in range(3)]
farrier = Farrier(GaitNet())
for loss, preds in farrier.run(batches):
    print(round(loss, 4), preds)
