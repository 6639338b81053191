# expect: clean
"""Knowledge distillation: an LSTM teacher (frozen, eval mode, soft targets under
no_grad) distils into a smaller GRU student that trains normally. Both
models come from a factory keyed by name.
"""
import torch

from models import create
from distill import Distiller

torch.manual_seed(0)
teacher = create("lstm_teacher", vocab=30, hidden=24)
student = create("gru_student", vocab=30, hidden=8)
teacher.eval()
for p in teacher.parameters():
    p.requires_grad_(False)

distiller = Distiller(teacher=teacher, student=student, temperature=2.0, alpha=0.7)
data = [(torch.randint(0, 30, (6, 9)), torch.randint(0, 4, (6,))) for _ in range(5)]
for epoch in range(2):
    print(epoch, distiller.train_epoch(data))
print("student acc", distiller.evaluate(data))
