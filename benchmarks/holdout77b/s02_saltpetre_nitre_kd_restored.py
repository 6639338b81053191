# expect: clean
"""Saltpetre-bed nitre yield: a GRU student distilled from a GRU teacher that is
evaluated every step; a mid-epoch probe puts the student in eval and the loop
switches it back after the probe."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)


class BedNet(nn.Module):
    def __init__(self, n_in=5, hidden=8, n_out=3):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_out)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.head(out[:, -1])


def batches(n=6, b=4, t=7):
    for _ in range(n):
        yield torch.randn(b, t, 5), torch.randint(0, 3, (b,))


def probe(student, x):
    student.eval()
    with torch.no_grad():
        return student(x).argmax(-1).float().mean().item()


teacher = BedNet(hidden=12).eval()
student = BedNet()
opt = torch.optim.Adam(student.parameters(), lr=1e-2)
T = 2.0
student.train()
for step, (x, y) in enumerate(batches()):
    with torch.no_grad():
        t_logits = teacher(x)
    s_logits = student(x)
    kd = F.kl_div(F.log_softmax(s_logits / T, -1), F.softmax(t_logits / T, -1), reduction="batchmean")
    loss = 0.5 * F.cross_entropy(s_logits, y) + 0.5 * T * T * kd
    opt.zero_grad()
    loss.backward()
    opt.step()
    if step % 2 == 1:
        print("probe", step, probe(student, x))
        student.train()
print("done")
