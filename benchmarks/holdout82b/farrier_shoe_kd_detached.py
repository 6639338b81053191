# expect: clean
"""Farrier gait: distil a GRU teacher into a student; teacher logits computed without grad."""
import torch
import torch.nn as nn

torch.manual_seed(0)


class GaitNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.GRU(4, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 3)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.head(out[:, -1])


def distil_step(student, teacher, x, opt, temp=2.0):
    teacher.eval()
    with torch.no_grad():
        t_logits = teacher(x)
    s_logits = student(x)
    loss = nn.functional.kl_div(
        torch.log_softmax(s_logits / temp, -1), torch.softmax(t_logits / temp, -1), reduction="batchmean"
    )
    opt.zero_grad()
    loss.backward()
    opt.step()
    return loss.item()


def main():
    teacher, student = GaitNet(), GaitNet()
    opt = torch.optim.SGD(student.parameters(), lr=0.1)
    for _ in range(2):
        x = torch.randn(4, 5, 4)
        print("kd", distil_step(student, teacher, x, opt))


if __name__ == "__main__":
    main()
