# expect: clean
"""Knowledge distillation from a bigger LSTM teacher (eval, no_grad) into a small GRU student."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class SeqClf(nn.Module):
    def __init__(self, cell, hidden):
        super().__init__()
        self.rnn = cell(5, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 3)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1])


def distill_loss(s_logits, t_logits, y, T=2.0, alpha=0.7):
    soft = F.kl_div(F.log_softmax(s_logits / T, -1), F.softmax(t_logits / T, -1), reduction="batchmean") * T * T
    return alpha * soft + (1 - alpha) * F.cross_entropy(s_logits, y)


torch.manual_seed(13)
teacher = SeqClf(nn.LSTM, 16).eval()
student = SeqClf(nn.GRU, 4)
opt = torch.optim.Adam(student.parameters(), lr=1e-2)
for step in range(4):
    x, y = torch.randn(6, 5, 5), torch.randint(0, 3, (6,))
    with torch.no_grad():
        t_logits = teacher(x)
    loss = distill_loss(student(x), t_logits, y)
    opt.zero_grad()
    loss.backward()
    opt.step()
print("kd loss", round(loss.item(), 4))
