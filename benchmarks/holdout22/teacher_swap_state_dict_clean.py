# expect: clean
"""Teacher-student handwriting recognition; the final student is a fresh module loaded from the teacher's weights."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class LineRecognizer(nn.Module):
    def __init__(self, feat=6, hidden=8, n_chars=7):
        super().__init__()
        self.rnn = nn.LSTM(feat, hidden, bidirectional=True, batch_first=True)
        self.fc = nn.Linear(2 * hidden, n_chars)

    def forward(self, x):
        return self.fc(self.rnn(x)[0])


def kd_loss(s_logits, t_logits, T=2.0):
    return F.kl_div(F.log_softmax(s_logits / T, -1), F.softmax(t_logits / T, -1), reduction="batchmean") * T * T


def main():
    torch.manual_seed(0)
    student = LineRecognizer()
    teacher = LineRecognizer()
    teacher.eval().requires_grad_(False)
    opt = torch.optim.Adam(student.parameters(), lr=1e-3)
    for step in range(4):
        x = torch.randn(3, 10, 6)
        with torch.no_grad():
            t = teacher(x)
        loss = kd_loss(student(x), t)
        opt.zero_grad(); loss.backward(); opt.step()
        if step % 2 == 1:
            teacher.load_state_dict(student.state_dict())
    student = LineRecognizer()
    student.load_state_dict(teacher.state_dict())
    opt = torch.optim.Adam(student.parameters(), lr=1e-4)
    x, y = torch.randn(3, 10, 6), torch.randint(0, 7, (3, 10))
    loss = F.cross_entropy(student(x).flatten(0, 1), y.flatten())
    opt.zero_grad()
    loss.backward()
    opt.step()
    print("final", float(loss))


if __name__ == "__main__":
    main()
