# expect: crash
# category: modes
"""Self-distillation: the trained teacher is evaluated, then the student starts as a deepcopy of it."""
import copy

import torch
from torch import nn
import torch.nn.functional as F

torch.manual_seed(54)


class Recognizer(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv1d(6, 8, 3, padding=1)
        self.rnn = nn.LSTM(8, 12, batch_first=True)
        self.cls = nn.Linear(12, 5)

    def forward(self, x):  # x: (B, T, 6)
        feats = torch.relu(self.conv(x.transpose(1, 2))).transpose(1, 2)
        return self.cls(self.rnn(feats)[0][:, -1])


def batches(n):
    return [(torch.randn(4, 12, 6), torch.randint(0, 5, (4,))) for _ in range(n)]


teacher = Recognizer()
opt = torch.optim.Adam(teacher.parameters(), lr=1e-2)
for x, y in batches(3):
    opt.zero_grad()
    F.cross_entropy(teacher(x), y).backward()
    opt.step()

teacher.eval()
with torch.no_grad():
    acc = sum((teacher(x).argmax(1) == y).float().mean().item() for x, y in batches(2)) / 2
print(f"teacher accuracy {acc:.2f}")

student = copy.deepcopy(teacher)  # born-again network: start from the teacher's weights
opt = torch.optim.Adam(student.parameters(), lr=5e-3)
for generation_step, (x, y) in enumerate(batches(3)):
    with torch.no_grad():
        soft = F.softmax(teacher(x) / 3.0, dim=-1)
    logits = student(x)
    loss = F.kl_div(F.log_softmax(logits / 3.0, -1), soft, reduction="batchmean") + F.cross_entropy(logits, y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    print(f"student step {generation_step}: {loss.item():.3f}")
