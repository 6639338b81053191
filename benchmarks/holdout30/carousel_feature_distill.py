# expect: crash
"""Carousel maintenance: distil vibration features from a frozen GRU teacher into a small student."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(1)


class Encoder(nn.Module):
    def __init__(self, d_in, hidden):
        super().__init__()
        self.proj = nn.Linear(d_in, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)

    def features(self, z):
        return self.gru(z)[0].mean(1)

    def forward(self, x):
        return self.features(torch.tanh(self.proj(x)))


teacher = Encoder(6, 12)
for p in teacher.parameters():
    p.requires_grad_(False)
teacher.eval()

student_proj = nn.Linear(6, 12)
student_head = nn.Linear(12, 3)
opt = torch.optim.SGD(list(student_proj.parameters()) + list(student_head.parameters()), lr=0.1)

x = torch.randn(4, 9, 6)
y = torch.randint(0, 3, (4,))
for step in range(2):
    with torch.no_grad():
        t_feat = teacher(x)
    # the student re-uses the teacher's recurrent block on its own projection
    s_feat = teacher.features(torch.tanh(student_proj(x)))
    loss = F.mse_loss(s_feat, t_feat) + F.cross_entropy(student_head(s_feat), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
print("done", loss.item())
