# expect: clean
# category: modes
"""Mean-teacher semi-supervised training: the EMA teacher is a deepcopy in eval, used under no_grad only."""
import copy

import torch
from torch import nn

torch.manual_seed(53)


class AudioTagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(8, 12, num_layers=2, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(24, 4)

    def forward(self, x):
        return self.fc(self.rnn(x)[0].max(1).values)


@torch.no_grad()
def update_ema(teacher, student, decay=0.99):
    for t, s in zip(teacher.parameters(), student.parameters()):
        t.mul_(decay).add_(s.detach(), alpha=1 - decay)


student = AudioTagger()
teacher = copy.deepcopy(student).eval()
for p in teacher.parameters():
    p.requires_grad_(False)
opt = torch.optim.Adam(student.parameters(), lr=1e-3)

for step in range(4):
    labelled, labels = torch.randn(4, 10, 8), torch.randint(0, 2, (4, 4)).float()
    unlabelled = torch.randn(6, 10, 8)
    student.train()
    sup = nn.functional.binary_cross_entropy_with_logits(student(labelled), labels)
    noisy = unlabelled + 0.1 * torch.randn_like(unlabelled)
    with torch.no_grad():
        target = torch.sigmoid(teacher(unlabelled))
    consistency = nn.functional.mse_loss(torch.sigmoid(student(noisy)), target)
    loss = sup + 0.5 * consistency
    opt.zero_grad()
    loss.backward()
    opt.step()
    update_ema(teacher, student)
    print(f"step {step}: sup {sup.item():.3f} cons {consistency.item():.4f}")
