# expect: clean
"""meijieru crnn.pytorch style: crnn_main builds, engine/steps.py owns trainBatch() and val()."""
import torch

from models.crnn import CRNN
from engine.steps import trainBatch, val, weights_init

nh, nclass, imgH = 16, 11, 16
crnn = CRNN(imgH, 1, nclass, nh)
crnn.apply(weights_init)
criterion = torch.nn.CTCLoss(zero_infinity=True)
optimizer = torch.optim.RMSprop(crnn.parameters(), lr=1e-3)

torch.manual_seed(1)
loader = [(torch.randn(3, 1, imgH, 24), torch.randint(1, nclass, (3, 2))) for _ in range(4)]
for epoch in range(2):
    for i, batch in enumerate(loader):
        cost = trainBatch(crnn, criterion, optimizer, batch)
        if i % 2 == 1:
            val(crnn, loader[:2], criterion)
    print("epoch", epoch, "cost", float(cost))
