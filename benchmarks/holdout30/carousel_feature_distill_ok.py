# expect: clean
"""Carousel maintenance: distil vibration features from a frozen GRU teacher into a GRU student."""
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

student = Encoder(6, 12)
student_head = nn.Linear(12, 3)
opt = torch.optim.SGD(list(student.parameters()) + list(student_head.parameters()), lr=0.1)

x = torch.randn(4, 9, 6)
y = torch.randint(0, 3, (4,))
for step in range(2):
    t_feat = teacher(x)  # frozen weights, input needs no grad: nothing to differentiate
    s_feat = student(x)
    loss = F.mse_loss(s_feat, t_feat) + F.cross_entropy(student_head(s_feat), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
print("done", loss.item())
