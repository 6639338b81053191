# expect: clean
# category: framework
"""OCR recogniser training driven by an engine package (train_one_epoch / evaluate, mmocr-like)."""
import torch

from textrec.engine.evaluator import evaluate
from textrec.engine.train_loop import train_one_epoch
from textrec.modeling.crnn import CRNN

torch.manual_seed(19)


def loader(n):
    out = []
    for _ in range(n):
        lens = torch.randint(1, 4, (4,))
        out.append((torch.randn(4, 1, 8, 32), torch.randint(1, 11, (int(lens.sum()),)), lens))
    return out


model = CRNN()
optimizer = torch.optim.Adadelta(model.parameters(), lr=1.0)
criterion = torch.nn.CTCLoss(zero_infinity=True)
best = -1.0
for epoch in range(2):
    train_one_epoch(model, loader(3), optimizer, criterion, epoch)
    acc = evaluate(model, loader(1))
    best = max(best, acc)
    print(f"epoch {epoch}: seq acc {acc:.2f} (best {best:.2f})")
