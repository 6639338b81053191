# expect: clean
# category: wrappers
"""Compress an intent classifier: train a 3-layer LSTM teacher, then distil into a 1-layer GRU student."""
import torch
import torch.nn.functional as F

from distiller import Distiller
from nets import big_teacher, small_student

torch.manual_seed(81)
data = [(torch.randn(8, 10, 6), torch.randint(0, 4, (8,))) for _ in range(3)]

teacher = big_teacher()
t_opt = torch.optim.Adam(teacher.parameters(), lr=3e-3)
teacher.train()
for x, y in data:
    loss = F.cross_entropy(teacher(x)[0], y)
    t_opt.zero_grad()
    loss.backward()
    t_opt.step()

distiller = Distiller(teacher, small_student(), t_hidden=16, s_hidden=8)
opt = torch.optim.Adam([p for p in distiller.parameters() if p.requires_grad], lr=5e-3)
for epoch in range(2):
    distiller.train()
    for x, y in data:
        loss = distiller(x, y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    distiller.eval()
    with torch.no_grad():
        acc = sum((distiller.student(x)[0].argmax(1) == y).float().mean().item() for x, y in data) / len(data)
    print(f"epoch {epoch}: loss {loss.item():.4f} student acc {acc:.3f}")
