# expect: clean
"""Saddler: probe a pretrained stitch-sequence encoder for leather grade; the encoder stays in eval via train()."""
import torch

from saddlery import GradeProbe

torch.manual_seed(7)
probe = GradeProbe(vocab=20, hidden=8, n_grades=3)
opt = torch.optim.Adam([p for p in probe.parameters() if p.requires_grad], lr=1e-2)
for epoch in range(2):
    probe.train()
    for _ in range(3):
        tokens = torch.randint(0, 20, (4, 7))
        grade = torch.randint(0, 3, (4,))
        loss = torch.nn.functional.cross_entropy(probe(tokens), grade)
        opt.zero_grad()
        loss.backward()
        opt.step()
    print(epoch, loss.item())
