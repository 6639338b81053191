# expect: clean
"""Cheesewright: curd-firmness classes from rennet sensor traces.

Knowledge distillation where the teacher is re-evaluated every step. Teacher and
student share the sensor embedding (it is cheap and the teacher was trained with it).
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

CFG = {"hidden": 8, "classes": 3, "T": 2.0, "alpha": 0.5, "steps": 4, "batch": 4}


class Embed(nn.Module):
    def __init__(self, n_in, h):
        super().__init__()
        self.lin = nn.Linear(n_in, h)

    def forward(self, x):
        return torch.tanh(self.lin(x))


class Teacher(nn.Module):
    def __init__(self, embed, h, c):
        super().__init__()
        self.embed = embed
        self.rnn = nn.LSTM(h, h, num_layers=2, batch_first=True)
        self.head = nn.Linear(h, c)

    def forward(self, x):
        o, _ = self.rnn(self.embed(x))
        return self.head(o.mean(1))


class Student(nn.Module):
    def __init__(self, embed, h, c):
        super().__init__()
        self.embed = embed
        self.rnn = nn.GRU(h, h // 2, batch_first=True)
        self.head = nn.Linear(h // 2, c)

    def forward(self, x):
        o, _ = self.rnn(self.embed(x))
        return self.head(o[:, -1])


def kd_loss(s_logits, t_logits, y, T, alpha):
    soft = F.kl_div(F.log_softmax(s_logits / T, -1), F.softmax(t_logits / T, -1), reduction="batchmean") * T * T
    return alpha * soft + (1 - alpha) * F.cross_entropy(s_logits, y)


def main():
    torch.manual_seed(1)
    embed = Embed(5, CFG["hidden"])
    teacher = Teacher(embed, CFG["hidden"], CFG["classes"])
    student = Student(embed, CFG["hidden"], CFG["classes"])
    for p in teacher.rnn.parameters():
        p.requires_grad_(False)
    for p in teacher.head.parameters():
        p.requires_grad_(False)
    opt = torch.optim.SGD(student.parameters(), lr=0.05)
    for step in range(CFG["steps"]):
        x = torch.randn(CFG["batch"], 7, 5)
        y = torch.randint(0, CFG["classes"], (CFG["batch"],))
        teacher.eval()
        student.train()
        with torch.no_grad():
            t_logits = teacher(x)
        loss = kd_loss(student(x), t_logits, y, CFG["T"], CFG["alpha"])
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(f"step {step} loss {loss.item():.4f}")


if __name__ == "__main__":
    main()
