# expect: clean
"""Cider-mill press yield: distil a large GRU teacher into a small student.

Pressing logs are token sequences (apple variety / press stage codes). The
teacher is frozen and evaluated every step without a graph; to save memory the student reuses
the teacher's vocabulary by sharing one embedding table, which the student
fine-tunes.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(21)
VOCAB, EMB, T_HID, S_HID, TEMP = 20, 6, 12, 4, 2.0


class Teacher(nn.Module):
    def __init__(self, embed):
        super().__init__()
        self.embed = embed
        self.gru = nn.GRU(EMB, T_HID, num_layers=2, batch_first=True)
        self.out = nn.Linear(T_HID, 3)

    def forward(self, tokens):
        h, _ = self.gru(self.embed(tokens))
        return self.out(h[:, -1])


class Student(nn.Module):
    def __init__(self, embed):
        super().__init__()
        self.embed = embed
        self.mix = nn.Linear(EMB, S_HID)
        self.out = nn.Linear(S_HID, 3)

    def forward(self, tokens):
        return self.out(torch.tanh(self.mix(self.embed(tokens))).mean(1))


def kd_loss(s_logits, t_logits, y, alpha=0.7):
    soft = F.kl_div(F.log_softmax(s_logits / TEMP, -1), F.softmax(t_logits / TEMP, -1),
                    reduction="batchmean") * TEMP ** 2
    return alpha * soft + (1 - alpha) * F.cross_entropy(s_logits, y)


def main():
    shared = nn.Embedding(VOCAB, EMB)
    teacher = Teacher(shared)
    student = Student(shared)
    teacher.eval()
    for p in teacher.gru.parameters():
        p.requires_grad_(False)
    for p in teacher.out.parameters():
        p.requires_grad_(False)
    opt = torch.optim.Adam(student.parameters(), lr=1e-2)
    for step in range(4):
        tokens = torch.randint(0, VOCAB, (5, 7))
        y = torch.randint(0, 3, (5,))
        student.train()
        with torch.no_grad():
            t_logits = teacher(tokens)
        loss = kd_loss(student(tokens), t_logits, y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(f"step {step} kd {loss.item():.4f}")


if __name__ == "__main__":
    main()
