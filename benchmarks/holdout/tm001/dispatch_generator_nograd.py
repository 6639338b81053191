# expect: clean
# category: dispatch
"""Knowledge distillation: a generator streams teacher targets; the student trains on them."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Tagger(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.gru = nn.GRU(6, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 4)

    def forward(self, x):
        return self.out(self.gru(x)[0])


@torch.no_grad()
def teacher_targets(teacher, batches, temperature=2.0):
    teacher.eval()
    for x in batches:
        yield x, F.softmax(teacher(x) / temperature, dim=-1)


torch.manual_seed(0)
teacher, student = Tagger(32), Tagger(8)
opt = torch.optim.Adam(student.parameters(), lr=1e-2)
batches = [torch.randn(4, 7, 6) for _ in range(4)]
for x, soft in teacher_targets(teacher, batches):
    loss = F.kl_div(F.log_softmax(student(x) / 2.0, -1), soft, reduction="batchmean")
    opt.zero_grad()
    loss.backward()
    opt.step()
print(loss.item())
